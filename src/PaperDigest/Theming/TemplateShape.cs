using Scriban.Runtime;

namespace PaperDigest.Theming;

/// <summary>What the static check knows of an expression's value: a .NET type of the view, a module of functions, a function, or nothing.</summary>
internal abstract record TemplateShape
{
    /// <summary>A value the check cannot follow (a number, a literal, a function's result of unknown type): nothing is checked on it.</summary>
    public static readonly TemplateShape Unknown = new UnknownShape();

    /// <summary>The loop object inside <c>for</c> and <c>while</c>.</summary>
    public static readonly TemplateShape Loop = new LoopShape();

    /// <summary>A partial's <c>options</c>: whatever its callers pass; a missing option reads as null.</summary>
    public static readonly TemplateShape Options = new OptionsShape();

    /// <summary>The members of Scriban's loop object.</summary>
    public static readonly IReadOnlyList<string> LoopMembers = ["index", "index0", "rindex", "rindex0", "first", "last", "even", "odd", "length", "changed"];

    public static TemplateShape Of(Type? type) =>
        type is null || type == typeof(object) ? Unknown : new Clr(Nullable.GetUnderlyingType(type) ?? type);

    public sealed record UnknownShape : TemplateShape;

    public sealed record LoopShape : TemplateShape;

    public sealed record OptionsShape : TemplateShape;

    /// <summary>A value of a .NET type: a view record, text, a number, true/false, a list.</summary>
    public sealed record Clr(Type Type) : TemplateShape;

    /// <summary>A module of functions such as <c>string</c>.</summary>
    public sealed record Module(string Name, ScriptObject Functions) : TemplateShape;

    /// <summary>A function, called with arguments or, written alone, with none.</summary>
    public sealed record Function(string Name, IScriptCustomFunction Info) : TemplateShape;
}

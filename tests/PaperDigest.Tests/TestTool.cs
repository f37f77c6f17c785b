namespace PaperDigest.Tests;

/// <summary>
/// An outside program that some tests need (see <see cref="TestTools"/>): what it is called, how to install it, and
/// why it cannot be used here, found once per test run.
/// </summary>
internal sealed class TestTool
{
    private readonly Lazy<string?> problem;

    /// <param name="id">The short name <c>PAPERDIGEST_TEST_WITHOUT</c> lists to hide it (<c>chromium</c>, <c>java</c>...).</param>
    /// <param name="name">What a reader of a skip or failure message knows it as.</param>
    /// <param name="install">The command that installs it.</param>
    /// <param name="findProblem">Null when it can be used, else why not (a path not found, a module that does not import).</param>
    public TestTool(string id, string name, string install, Func<string?> findProblem)
    {
        Id = id;
        Name = name;
        Install = install;
        problem = new Lazy<string?>(findProblem);
    }

    public string Id { get; }

    public string Name { get; }

    public string Install { get; }

    /// <summary>Null when the tool can be used; otherwise why not.</summary>
    public string? Problem => TestTools.Hidden(Id) ? "hidden by PAPERDIGEST_TEST_WITHOUT" : problem.Value;

    public override string ToString() => Name;
}

namespace PaperDigest.Rendering.Math.Chemistry;

/// <summary>
/// The transitions of one mhchem state machine by state, in the order mhchem tries them. Built like mhchem's
/// createTransitions: "a|b" in a pattern or a state list stands for each, and the state "*" for every state.
/// </summary>
internal sealed class MhchemMachine
{
    private readonly List<(string[] Patterns, string[] States, MhchemTransition Task)> rules = [];
    private Dictionary<string, List<MhchemTransition>>? transitions;

    public MhchemMachine(string name) => Name = name;

    public string Name { get; }

    /// <summary>Adds a rule; each action is "name" or "name:option".</summary>
    public MhchemMachine On(string patterns, string states, string? next = null, bool revisit = false, bool toContinue = false, params string[] actions)
    {
        var parsed = actions.Select(a => a.IndexOf(':', StringComparison.Ordinal) is var i and > 0
            ? new MhchemAction(a[..i], a[(i + 1)..])
            : new MhchemAction(a, null)).ToArray();
        rules.Add((patterns.Split('|'), states.Split('|'), new MhchemTransition("", parsed, next, revisit, toContinue)));
        transitions = null;
        return this;
    }

    public IReadOnlyList<MhchemTransition> For(string state)
    {
        transitions ??= Build();
        return transitions.TryGetValue(state, out var list) ? list : transitions["*"];
    }

    private Dictionary<string, List<MhchemTransition>> Build()
    {
        var byState = new Dictionary<string, List<MhchemTransition>>(StringComparer.Ordinal);
        foreach (var state in rules.SelectMany(rule => rule.States))
        {
            byState.TryAdd(state, []);
        }

        byState.TryAdd("*", []);
        foreach (var (patterns, states, task) in rules)
        {
            foreach (var state in states)
            {
                foreach (var pattern in patterns)
                {
                    var transition = task with { Pattern = pattern, Match = MhchemPatterns.Matcher(pattern) };
                    if (state == "*")
                    {
                        foreach (var list in byState.Values)
                        {
                            list.Add(transition);
                        }
                    }
                    else
                    {
                        byState[state].Add(transition);
                    }
                }
            }
        }

        return byState;
    }
}

namespace PaperDigest.Yaml;

internal sealed record MappingEntry(ScalarNode Key, Node Value);

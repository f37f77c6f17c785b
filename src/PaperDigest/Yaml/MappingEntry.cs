namespace PaperDigest.Yaml;

public sealed record MappingEntry(ScalarNode Key, Node Value);

using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace CorpusPortal.Analysis.Citations.Archival.Registry;

/// <summary>
/// Reads the registry file (<c>archives.yaml</c>) into archive definitions, refusing anything it cannot read exactly:
/// an unknown key (a misspelt <c>referneces</c> would otherwise drop an archive's shapes silently), a missing name, an
/// abbreviation given twice, a reference that does not compile, and YAML aliases.
/// </summary>
internal static class ArchiveRegistryReader
{
    private static readonly string[] Keys = ["abbreviation", "also", "name", "country", "bare", "references"];

    public static List<ArchiveDefinition> Read(string text, string file)
    {
        var root = Load(text, file);
        if (root is not YamlMappingNode top || Child(top, "archives") is not YamlSequenceNode list)
        {
            throw new ArchiveRegistryException(file, Line(root), "the file needs an 'archives:' list");
        }
        var archives = new List<ArchiveDefinition>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var node in list)
        {
            var archive = Archive(node, file);
            foreach (var abbreviation in archive.Abbreviations)
            {
                if (!seen.TryAdd(abbreviation, archive.Line))
                {
                    throw new ArchiveRegistryException(file, archive.Line, $"{abbreviation} is already the abbreviation of the archive at line {seen[abbreviation]}");
                }
            }
            archives.Add(archive);
        }
        return archives;
    }

    private static YamlNode? Load(string text, string file)
    {
        try
        {
            var parser = new Parser(new StringReader(text));
            while (parser.MoveNext())
            {
                if (parser.Current is AnchorAlias alias)
                {
                    throw new ArchiveRegistryException(file, (int)alias.Start.Line, $"YAML aliases (*{alias.Value}) are not allowed; write the value out");
                }
            }
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        }
        catch (YamlException e)
        {
            throw new ArchiveRegistryException(file, (int)e.Start.Line, "not readable as YAML: " + e.Message);
        }
    }

    private static ArchiveDefinition Archive(YamlNode node, string file)
    {
        var line = Line(node);
        if (node is not YamlMappingNode map)
        {
            throw new ArchiveRegistryException(file, line, "an archive is a mapping with abbreviation, name, country and references");
        }
        foreach (var key in map.Children.Keys)
        {
            if (key is not YamlScalarNode { Value: { } name } || !Keys.Contains(name))
            {
                throw new ArchiveRegistryException(file, Line(key), $"'{(key as YamlScalarNode)?.Value}' is not a key of an archive ({string.Join(", ", Keys)})");
            }
        }
        var abbreviation = Text(map, "abbreviation", file, line);
        if (!IsAbbreviation(abbreviation))
        {
            throw new ArchiveRegistryException(file, line, $"abbreviation '{abbreviation}' must be 2 to 12 letters or digits");
        }
        var names = Child(map, "name") as YamlMappingNode
            ?? throw new ArchiveRegistryException(file, line, $"{abbreviation}: 'name' needs tr: and en:");
        var country = Text(map, "country", file, line);
        if (country.Length != 2 || !country.All(char.IsAsciiLetterUpper))
        {
            throw new ArchiveRegistryException(file, Line(Child(map, "country")), $"{abbreviation}: country '{country}' is not a two-letter code (TR, AZ, RU, GB, US …)");
        }
        var also = Strings(map, "also", file, abbreviation);
        if (also.FirstOrDefault(a => !IsAbbreviation(a)) is { } odd)
        {
            throw new ArchiveRegistryException(file, Line(Child(map, "also")), $"{abbreviation}: '{odd}' must be 2 to 12 letters, digits or spaces");
        }
        var references = Strings(map, "references", file, abbreviation);
        if (references.Count == 0)
        {
            throw new ArchiveRegistryException(file, line, $"{abbreviation}: 'references' needs at least one reference shape");
        }
        var referencesNode = (YamlSequenceNode)Child(map, "references")!;
        for (var i = 0; i < references.Count; i++)
        {
            var (_, problem) = ReferenceTemplate.Compile(references[i], new Dictionary<string, string>(StringComparer.Ordinal));
            if (problem is not null)
            {
                throw new ArchiveRegistryException(file, Line(referencesNode.Children[i]), $"{abbreviation}: the reference \"{references[i]}\": {problem}");
            }
        }
        return new ArchiveDefinition
        {
            Abbreviation = abbreviation,
            Also = also,
            TurkishName = Text(names, "tr", file, Line(names)),
            EnglishName = Text(names, "en", file, Line(names)),
            Country = country,
            Bare = Child(map, "bare") is YamlScalarNode bare && Bool(bare, file),
            References = references,
            Line = line,
        };
    }

    private static bool IsAbbreviation(string text) =>
        text.Length is >= 2 and <= 12 && text.All(c => char.IsLetterOrDigit(c) || c == ' ') && char.IsLetter(text[0]);

    private static bool Bool(YamlScalarNode node, string file) => node.Value switch
    {
        "true" => true,
        "false" => false,
        _ => throw new ArchiveRegistryException(file, Line(node), $"bare: '{node.Value}' is neither true nor false"),
    };

    private static YamlNode? Child(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private static string Text(YamlMappingNode map, string key, string file, int line) =>
        Child(map, key) is YamlScalarNode { Value: { Length: > 0 } value } ? value.Trim()
            : throw new ArchiveRegistryException(file, line, $"'{key}' is missing or empty");

    private static List<string> Strings(YamlMappingNode map, string key, string file, string abbreviation) => Child(map, key) switch
    {
        null => [],
        YamlSequenceNode list => [.. list.Children.Select(item => item is YamlScalarNode { Value: { Length: > 0 } value }
            ? value
            : throw new ArchiveRegistryException(file, Line(item), $"{abbreviation}: every item of '{key}' is a text"))],
        var other => throw new ArchiveRegistryException(file, Line(other), $"{abbreviation}: '{key}' is a list ([A, B] or lines starting with -)"),
    };

    private static int Line(YamlNode? node) => node is null ? 1 : (int)node.Start.Line;
}

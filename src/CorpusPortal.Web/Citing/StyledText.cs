using System.Text;

namespace CorpusPortal.Web.Citing;

/// <summary>A formatted reference: runs of text, some in italics (a journal's name, a volume), as styles print them.</summary>
public sealed class StyledText
{
    private readonly List<(string Text, bool Italic)> _runs = [];

    public IReadOnlyList<(string Text, bool Italic)> Runs => _runs;

    public StyledText Add(string text)
    {
        if (text.Length > 0)
        {
            _runs.Add((text, false));
        }
        return this;
    }

    public StyledText Italic(string text)
    {
        if (text.Length > 0)
        {
            _runs.Add((text, true));
        }
        return this;
    }

    /// <summary>The text without styling, to copy or compare.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var (run, _) in _runs)
        {
            text.Append(run);
        }
        return text.ToString();
    }
}

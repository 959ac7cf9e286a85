using System.Text;

namespace CorpusPortal.Search.Analysis.Stemming;

/// <summary>
/// The Snowball English stemmer (Porter2), as Snowball 3 defines it: lowercase word in, stem out
/// (<c>relational</c> → <c>relat</c>, <c>universities</c> → <c>universiti</c>). Checked against the whole Snowball
/// vocabulary in the tests.
/// </summary>
public static class EnglishStemmer
{
    private static readonly string[] RegionPrefixes = ["gener", "commun", "arsen", "past", "univers", "later", "emerg", "organ", "inter"];

    private static readonly Dictionary<string, string> Exceptions = new(StringComparer.Ordinal)
    {
        ["skis"] = "ski", ["skies"] = "sky", ["idly"] = "idl", ["gently"] = "gentl", ["ugly"] = "ugli",
        ["early"] = "earli", ["only"] = "onli", ["singly"] = "singl",
        ["sky"] = "sky", ["news"] = "news", ["howe"] = "howe",
        ["atlas"] = "atlas", ["cosmos"] = "cosmos", ["bias"] = "bias", ["andes"] = "andes",
    };

    private static readonly (string Suffix, string Replacement)[] Step2Rules =
    [
        ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("abli", "able"), ("entli", "ent"),
        ("izer", "ize"), ("ization", "ize"), ("ational", "ate"), ("ation", "ate"), ("ator", "ate"),
        ("alism", "al"), ("aliti", "al"), ("alli", "al"), ("fulness", "ful"), ("ousli", "ous"), ("ousness", "ous"),
        ("iveness", "ive"), ("iviti", "ive"), ("biliti", "ble"), ("bli", "ble"), ("ogist", "og"), ("ogi", "og"),
        ("fulli", "ful"), ("lessli", "less"), ("li", ""),
    ];

    private static readonly (string Suffix, string Replacement)[] Step3Rules =
    [
        ("tional", "tion"), ("ational", "ate"), ("alize", "al"), ("icate", "ic"), ("iciti", "ic"), ("ical", "ic"),
        ("ful", ""), ("ness", ""), ("ative", ""),
    ];

    private static readonly string[] Step4Suffixes =
        ["al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ism", "ate", "iti", "ous", "ive", "ize", "ion"];

    private static readonly string[] Apostrophes = ["'s'", "'s", "'"];
    private static readonly string[] Step1bSuffixes = ["eedly", "ingly", "edly", "eed", "ing", "ed"];
    private static readonly string[] ExceedPrefixes = ["proc", "exc", "succ"];
    private static readonly string[] IngKeepers = ["inn", "out", "cann", "herr", "earr", "even"];

    public static string Stem(string word)
    {
        if (Exceptions.TryGetValue(word, out var exception))
        {
            return exception;
        }
        if (word.Length < 3)
        {
            return word;
        }
        var w = new StringBuilder(word);
        var foundY = Prelude(w);
        var (p1, p2) = Regions(w);
        Step1a(w);
        Step1b(w, p1);
        Step1c(w);
        Step2(w, p1);
        Step3(w, p1, p2);
        Step4(w, p2);
        Step5(w, p1, p2);
        if (foundY)
        {
            w.Replace('Y', 'y');
        }
        return w.ToString();
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    /// <summary>Drops a leading apostrophe; marks y as a consonant (Y) at the start and after a vowel.</summary>
    private static bool Prelude(StringBuilder w)
    {
        if (w.Length > 0 && w[0] == '\'')
        {
            w.Remove(0, 1);
        }
        var found = false;
        if (w.Length > 0 && w[0] == 'y')
        {
            w[0] = 'Y';
            found = true;
        }
        for (var i = 1; i < w.Length; i++)
        {
            if (w[i] == 'y' && IsVowel(w[i - 1]))
            {
                w[i] = 'Y';
                found = true;
            }
        }
        return found;
    }

    /// <summary>R1 and R2: each starts after the first non-vowel that follows a vowel (R1 after some prefixes).</summary>
    private static (int P1, int P2) Regions(StringBuilder w)
    {
        var p1 = -1;
        foreach (var prefix in RegionPrefixes)
        {
            if (prefix.Length > p1 && StartsWith(w, prefix))
            {
                p1 = prefix.Length;
            }
        }
        if (p1 < 0)
        {
            p1 = AfterVowelThenConsonant(w, 0);
        }
        var p2 = p1 >= w.Length ? w.Length : AfterVowelThenConsonant(w, p1);
        return (p1, p2);
    }

    private static int AfterVowelThenConsonant(StringBuilder w, int from)
    {
        var i = from;
        while (i < w.Length && !IsVowel(w[i]))
        {
            i++;
        }
        while (i < w.Length && IsVowel(w[i]))
        {
            i++;
        }
        return i < w.Length ? i + 1 : w.Length;
    }

    private static void Step1a(StringBuilder w)
    {
        foreach (var apostrophe in Apostrophes)
        {
            if (EndsWith(w, apostrophe))
            {
                w.Length -= apostrophe.Length;
                break;
            }
        }
        if (EndsWith(w, "sses"))
        {
            w.Length -= 2;
        }
        else if (EndsWith(w, "ied") || EndsWith(w, "ies"))
        {
            w.Length -= 3;
            w.Append(w.Length >= 2 ? "i" : "ie");
        }
        else if (EndsWith(w, "us") || EndsWith(w, "ss"))
        {
        }
        else if (EndsWith(w, "s") && HasVowel(w, 0, w.Length - 2))
        {
            w.Length--;
        }
    }

    private static void Step1b(StringBuilder w, int p1)
    {
        string? suffix = null;
        foreach (var candidate in Step1bSuffixes)
        {
            if (EndsWith(w, candidate))
            {
                suffix = candidate;
                break;
            }
        }
        if (suffix is null)
        {
            return;
        }
        var start = w.Length - suffix.Length;
        if (suffix is "eed" or "eedly")
        {
            if (IsOneOf(w, start, ExceedPrefixes))
            {
                return; // proceed, exceed, succeed
            }
            if (start >= p1)
            {
                w.Length = start;
                w.Append("ee");
            }
            return;
        }
        if (suffix == "ing")
        {
            // dying → die, lying → lie; inning, outing, canning, herring, earring, evening stay.
            if (start == 2 && w[1] == 'y' && !IsVowel(w[0]))
            {
                w.Length = 1;
                w.Append("ie");
                return;
            }
            if (IsOneOf(w, start, IngKeepers))
            {
                return;
            }
        }
        if (!HasVowel(w, 0, start))
        {
            return;
        }
        w.Length = start;
        if (EndsWith(w, "at") || EndsWith(w, "bl") || EndsWith(w, "iz"))
        {
            w.Append('e');
        }
        else if (w.Length >= 2 && w[^1] == w[^2] && w[^1] is 'b' or 'd' or 'f' or 'g' or 'm' or 'n' or 'p' or 'r' or 't')
        {
            if (!(w.Length == 3 && w[0] is 'a' or 'e' or 'o'))
            {
                w.Length--;
            }
        }
        else if (w.Length == p1 && IsShort(w, w.Length))
        {
            w.Append('e');
        }
    }

    private static void Step1c(StringBuilder w)
    {
        if (w.Length >= 3 && w[^1] is 'y' or 'Y' && !IsVowel(w[^2]))
        {
            w[^1] = 'i';
        }
    }

    private static void Step2(StringBuilder w, int p1)
    {
        if (Longest(w, Step2Rules) is not { } rule || w.Length - rule.Suffix.Length < p1)
        {
            return;
        }
        var start = w.Length - rule.Suffix.Length;
        switch (rule.Suffix)
        {
            case "ogi" when start == 0 || w[start - 1] != 'l':
            case "li" when start == 0 || "cdeghkmnrt".IndexOf(w[start - 1], StringComparison.Ordinal) < 0:
                return;
        }
        w.Length = start;
        w.Append(rule.Replacement);
    }

    private static void Step3(StringBuilder w, int p1, int p2)
    {
        if (Longest(w, Step3Rules) is not { } rule)
        {
            return;
        }
        var start = w.Length - rule.Suffix.Length;
        if (start < p1 || (rule.Suffix == "ative" && start < p2))
        {
            return;
        }
        w.Length = start;
        w.Append(rule.Replacement);
    }

    private static void Step4(StringBuilder w, int p2)
    {
        string? suffix = null;
        foreach (var candidate in Step4Suffixes)
        {
            if ((suffix is null || candidate.Length > suffix.Length) && EndsWith(w, candidate))
            {
                suffix = candidate;
            }
        }
        if (suffix is null)
        {
            return;
        }
        var start = w.Length - suffix.Length;
        if (start < p2 || (suffix == "ion" && (start == 0 || w[start - 1] is not ('s' or 't'))))
        {
            return;
        }
        w.Length = start;
    }

    private static void Step5(StringBuilder w, int p1, int p2)
    {
        if (w.Length == 0)
        {
            return;
        }
        var start = w.Length - 1;
        if (w[^1] == 'e' && (start >= p2 || (start >= p1 && !IsShort(w, start))))
        {
            w.Length--;
        }
        else if (w[^1] == 'l' && start >= p2 && start > 0 && w[start - 1] == 'l')
        {
            w.Length--;
        }
    }

    /// <summary>
    /// A short syllable ends at <paramref name="end"/>: non-vowel, vowel, non-vowel other than w, x, Y; or a vowel
    /// at the start then a non-vowel; or "past".
    /// </summary>
    private static bool IsShort(StringBuilder w, int end)
    {
        if (end >= 3 && !IsVowel(w[end - 1]) && w[end - 1] is not ('w' or 'x' or 'Y') && IsVowel(w[end - 2]) && !IsVowel(w[end - 3]))
        {
            return true;
        }
        if (end == 2 && !IsVowel(w[1]) && IsVowel(w[0]))
        {
            return true;
        }
        return end >= 4 && Before(w, end, "past");
    }

    private static (string Suffix, string Replacement)? Longest(StringBuilder w, (string Suffix, string Replacement)[] rules)
    {
        (string, string)? best = null;
        foreach (var rule in rules)
        {
            if (EndsWith(w, rule.Suffix) && (best is null || rule.Suffix.Length > best.Value.Item1.Length))
            {
                best = rule;
            }
        }
        return best;
    }

    private static bool HasVowel(StringBuilder w, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (IsVowel(w[i]))
            {
                return true;
            }
        }
        return false;
    }

    private static bool EndsWith(StringBuilder w, string suffix) => Before(w, w.Length, suffix);

    private static bool StartsWith(StringBuilder w, string prefix) => w.Length >= prefix.Length && Before(w, prefix.Length, prefix);

    /// <summary>The text right before <paramref name="end"/> is <paramref name="part"/>.</summary>
    private static bool Before(StringBuilder w, int end, string part)
    {
        if (end < part.Length || end > w.Length)
        {
            return false;
        }
        for (var i = 0; i < part.Length; i++)
        {
            if (w[end - part.Length + i] != part[i])
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The word up to <paramref name="end"/> is exactly one of <paramref name="words"/>.</summary>
    private static bool IsOneOf(StringBuilder w, int end, string[] words)
    {
        foreach (var word in words)
        {
            if (word.Length == end && Before(w, end, word))
            {
                return true;
            }
        }
        return false;
    }
}

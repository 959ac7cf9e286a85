namespace CorpusPortal.Search.Analysis.Stemming;

/// <summary>
/// A word being stemmed from its end, the way Snowball's backward mode works: a cursor that moves left
/// as suffixes are recognised, a slice (<see cref="Bra"/> to <see cref="Ket"/>) that can be deleted or
/// replaced, and marks kept as distances from the end so that they survive deletions.
/// </summary>
internal sealed class BackwardCursor
{
    private char[] _text = new char[64];

    public int Cursor { get; set; }

    public int Bra { get; set; }

    public int Ket { get; set; }

    public int Length { get; private set; }

    public char this[int index] => _text[index];

    public void Reset(string word)
    {
        if (_text.Length < word.Length + 16)
        {
            _text = new char[word.Length * 2 + 16];
        }
        word.CopyTo(_text);
        Length = word.Length;
        Cursor = Length;
        Bra = Ket = Length;
    }

    public override string ToString() => new(_text, 0, Length);

    /// <summary>Where the cursor is, counted from the end.</summary>
    public int Mark => Length - Cursor;

    public void Restore(int mark) => Cursor = Length - mark;

    public bool AtStart => Cursor == 0;

    /// <summary>The text left of the cursor ends with <paramref name="s"/>: step over it.</summary>
    public bool Literal(string s)
    {
        if (Cursor < s.Length)
        {
            return false;
        }
        for (var i = 1; i <= s.Length; i++)
        {
            if (_text[Cursor - i] != s[^i])
            {
                return false;
            }
        }
        Cursor -= s.Length;
        return true;
    }

    /// <summary>The longest spelling of <paramref name="suffix"/> that ends at the cursor: step over it.</summary>
    public bool Among(SuffixSet suffix)
    {
        if (Cursor == 0 || !suffix.LastLetters.Contains(_text[Cursor - 1]))
        {
            return false;
        }
        foreach (var form in suffix.Forms)
        {
            if (EndsAtCursor(form))
            {
                Cursor -= form.Length;
                return true;
            }
        }
        return false;
    }

    /// <summary>The character left of the cursor is in <paramref name="group"/>: step over it.</summary>
    public bool In(LetterSet group)
    {
        if (Cursor == 0 || !group.Contains(_text[Cursor - 1]))
        {
            return false;
        }
        Cursor--;
        return true;
    }

    /// <summary>The character left of the cursor is not in <paramref name="group"/>: step over it.</summary>
    public bool NotIn(LetterSet group)
    {
        if (Cursor == 0 || group.Contains(_text[Cursor - 1]))
        {
            return false;
        }
        Cursor--;
        return true;
    }

    public bool Next()
    {
        if (Cursor == 0)
        {
            return false;
        }
        Cursor--;
        return true;
    }

    /// <summary>Moves left until the character left of the cursor is in <paramref name="group"/> (without stepping over it).</summary>
    public bool GoTo(LetterSet group)
    {
        while (Cursor > 0)
        {
            if (group.Contains(_text[Cursor - 1]))
            {
                return true;
            }
            Cursor--;
        }
        return false;
    }

    /// <summary>Slice start (Snowball's <c>]</c> in backward mode).</summary>
    public bool SetBra()
    {
        Bra = Cursor;
        return true;
    }

    /// <summary>Slice end (Snowball's <c>[</c> in backward mode).</summary>
    public bool SetKet()
    {
        Ket = Cursor;
        return true;
    }

    public bool Delete() => Replace("");

    /// <summary>Replaces the slice; the cursor keeps its place relative to the text around it.</summary>
    public bool Replace(string s)
    {
        var removed = Ket - Bra;
        var delta = s.Length - removed;
        if (Length + delta > _text.Length)
        {
            Array.Resize(ref _text, (Length + delta) * 2);
        }
        Array.Copy(_text, Ket, _text, Ket + delta, Length - Ket);
        s.CopyTo(_text.AsSpan(Bra));
        Length += delta;
        if (Cursor >= Ket)
        {
            Cursor += delta;
        }
        else if (Cursor > Bra)
        {
            Cursor = Bra;
        }
        Ket = Bra + s.Length;
        return true;
    }

    private bool EndsAtCursor(string s)
    {
        if (Cursor < s.Length)
        {
            return false;
        }
        for (var i = 1; i <= s.Length; i++)
        {
            if (_text[Cursor - i] != s[^i])
            {
                return false;
            }
        }
        return true;
    }
}

namespace CorpusPortal.Search.Analysis.Stemming;

/// <summary>
/// The Snowball Turkish stemmer (Çilden, after Eryiğit and Adalı), as Snowball 3 defines it: a word already
/// lowercased the Turkish way in, its stem out (<c>köprünün</c> → <c>köprü</c>, <c>kitabı</c> → <c>kitap</c>).
/// Nominal-verb suffixes are removed first, then noun suffixes, right to left, each checked for vowel harmony
/// and its buffer letter. Described in tests/reference/turkish-stemmer.md; checked against the whole Snowball
/// vocabulary in the tests. Not thread-safe: use one instance per thread.
/// </summary>
public sealed class TurkishStemmer
{
    private static readonly LetterSet Vowel = new("aeıioöuü");
    private static readonly LetterSet U = new("ıiuü");

    // The spellings of each suffix (A = a/e, U = ı/i/u/ü, D = d/t), as the Snowball definition lists them.
    private static readonly SuffixSet PossessiveForms = new("mız", "miz", "muz", "müz", "nız", "niz", "nuz", "nüz", "m", "n");
    private static readonly SuffixSet LArIForms = new("leri", "ları");
    private static readonly SuffixSet NUForms = new("nı", "ni", "nu", "nü");
    private static readonly SuffixSet NUnForms = new("ın", "in", "un", "ün");
    private static readonly SuffixSet YAForms = new("a", "e");
    private static readonly SuffixSet NAForms = new("na", "ne");
    private static readonly SuffixSet DAForms = new("da", "de", "ta", "te");
    private static readonly SuffixSet NdAForms = new("nda", "nde");
    private static readonly SuffixSet DAnForms = new("dan", "den", "tan", "ten");
    private static readonly SuffixSet NdAnForms = new("ndan", "nden");
    private static readonly SuffixSet YlAForms = new("la", "le");
    private static readonly SuffixSet NcAForms = new("ca", "ce");
    private static readonly SuffixSet YUmForms = new("ım", "im", "um", "üm");
    private static readonly SuffixSet SUnForms = new("sın", "sin", "sun", "sün");
    private static readonly SuffixSet YUzForms = new("ız", "iz", "uz", "üz");
    private static readonly SuffixSet SUnUzForms = new("sınız", "siniz", "sunuz", "sünüz");
    private static readonly SuffixSet LArForms = new("ler", "lar");
    private static readonly SuffixSet NUzForms = new("nız", "niz", "nuz", "nüz");
    private static readonly SuffixSet DUrForms = new("tır", "tir", "tur", "tür", "dır", "dir", "dur", "dür");
    private static readonly SuffixSet CAsInAForms = new("casına", "cesine");
    private static readonly SuffixSet YDUForms = new(
        "tım", "tim", "tum", "tüm", "dım", "dim", "dum", "düm",
        "tın", "tin", "tun", "tün", "dın", "din", "dun", "dün",
        "tık", "tik", "tuk", "tük", "dık", "dik", "duk", "dük",
        "tı", "ti", "tu", "tü", "dı", "di", "du", "dü");
    private static readonly SuffixSet YsAForms = new("sam", "san", "sak", "sem", "sen", "sek", "sa", "se");
    private static readonly SuffixSet YmUsForms = new("mış", "miş", "muş", "müş");

    /// <summary>The last letters of every nominal-verb suffix (-mUş, -DU(m/n/k), -sA(m/n/k), -ken, -cAsInA, -lAr, -nUz, -sUnUz, -yUz, -sUn, -yUm, -DUr).</summary>
    private static readonly LetterSet NominalVerbEndings = new("şmnkıiuüaerz");

    /// <summary>The last letters of every noun suffix (-lAr, -(n)cA, -(n)dA, -nA, -ndAn, -nU, -DAn, -nUn, -ylA, -lArI, -ki, -DA, -yU, -yA, possessives, -sU).</summary>
    private static readonly LetterSet NounEndings = new("raenıiuümz");

    private readonly BackwardCursor _w = new();
    private bool _continueWithNounSuffixes;

    public string Stem(string word)
    {
        word = RemoveProperNounSuffix(word);
        if (!HasTwoVowels(word))
        {
            return word;
        }
        _w.Reset(word);
        _continueWithNounSuffixes = true;
        if (EndsWithOneOf(NominalVerbEndings))
        {
            Do(static s => s.NominalVerbSuffixes());
        }
        if (!_continueWithNounSuffixes)
        {
            return _w.ToString();
        }
        _w.Cursor = _w.Length;
        if (EndsWithOneOf(NounEndings))
        {
            Do(static s => s.NounSuffixes());
        }
        _w.Cursor = _w.Length;
        if (!IsReservedWord())
        {
            _w.Cursor = _w.Length;
            Do(static s => s.AppendUToStemsEndingWithDOrG());
            _w.Cursor = _w.Length;
            Do(static s => s.LastConsonant());
        }
        return _w.ToString();
    }

    /// <summary>
    /// An apostrophe separates a proper name from its suffixes: <c>türkiye'nin</c> → <c>türkiye</c>. Leading
    /// apostrophes go; the word is cut at the first apostrophe from its third letter on. Only the ASCII
    /// apostrophe: the analyzer's apostrophe filter handles ’ before stemming.
    /// </summary>
    private static string RemoveProperNounSuffix(string word)
    {
        var stripped = word.TrimStart('\'');
        var apostrophe = stripped.Length > 2 ? stripped.IndexOf('\'', 2) : -1;
        return apostrophe >= 0 ? stripped[..apostrophe] : stripped;
    }

    /// <summary>The word's last letter can end a suffix of the stage (a cheap test that skips it for most words).</summary>
    private bool EndsWithOneOf(LetterSet letters) => _w.Length > 0 && letters.Contains(_w[_w.Length - 1]);

    private static bool HasTwoVowels(string word)
    {
        var vowels = 0;
        foreach (var c in word)
        {
            if (IsVowel(c) && ++vowels == 2)
            {
                return true;
            }
        }
        return false;
    }

    private bool IsReservedWord()
    {
        // "ad" and "soyad" keep their d.
        _w.Cursor = _w.Length;
        if (!_w.Literal("ad"))
        {
            return false;
        }
        var mark = _w.Mark;
        if (!_w.Literal("soy"))
        {
            _w.Restore(mark);
        }
        return _w.AtStart;
    }

    // ---- control (Snowball's or, try, test, not, do) ----

    private bool Or(params ReadOnlySpan<Func<TurkishStemmer, bool>> alternatives)
    {
        var mark = _w.Mark;
        foreach (var alternative in alternatives)
        {
            if (alternative(this))
            {
                return true;
            }
            _w.Restore(mark);
        }
        return false;
    }

    private bool Try(Func<TurkishStemmer, bool> command)
    {
        var mark = _w.Mark;
        if (!command(this))
        {
            _w.Restore(mark);
        }
        return true;
    }

    private bool Test(Func<TurkishStemmer, bool> command)
    {
        var mark = _w.Mark;
        var result = command(this);
        _w.Restore(mark);
        return result;
    }

    private bool Do(Func<TurkishStemmer, bool> command) => Test(command) || true;

    // ---- vowel harmony and buffer letters ----

    /// <summary>The suffix's vowel (the last one at or left of the cursor) agrees with some vowel further left.</summary>
    private bool VowelHarmony(int cursor)
    {
        var i = cursor - 1;
        while (i >= 0 && !IsVowel(_w[i]))
        {
            i--;
        }
        if (i < 0)
        {
            return false;
        }
        var suffixVowel = _w[i];
        for (var j = i - 1; j >= 0; j--)
        {
            if (Agrees(suffixVowel, _w[j]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A suffix with <paramref name="suffixVowel"/> may follow a stem with <paramref name="stemVowel"/>.</summary>
    private static bool Agrees(char suffixVowel, char stemVowel) => suffixVowel switch
    {
        'a' => stemVowel is 'a' or 'ı' or 'o' or 'u',
        'e' => stemVowel is 'e' or 'i' or 'ö' or 'ü',
        'ı' => stemVowel is 'a' or 'ı',
        'i' => stemVowel is 'e' or 'i',
        'o' or 'u' => stemVowel is 'o' or 'u',
        _ => stemVowel is 'ö' or 'ü',
    };

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'ı' or 'i' or 'o' or 'ö' or 'u' or 'ü';

    private static bool IsU(char c) => c is 'ı' or 'i' or 'u' or 'ü';

    /// <summary>One of <paramref name="forms"/> ends at the cursor and its vowel agrees with the word's (checked after the cheaper match).</summary>
    private bool Harmonic(SuffixSet forms)
    {
        var cursor = _w.Cursor;
        return _w.Among(forms) && VowelHarmony(cursor);
    }

    private bool HarmonicU()
    {
        var cursor = _w.Cursor;
        return _w.In(U) && VowelHarmony(cursor);
    }

    /// <summary>
    /// A buffer consonant (n, s or y) between a vowel and the suffix joins the suffix; without it, the letter
    /// two places left must be a vowel.
    /// </summary>
    private bool OptionalConsonant(string consonant)
    {
        var mark = _w.Mark;
        if (_w.Literal(consonant) && Test(static s => s._w.In(Vowel)))
        {
            return true;
        }
        _w.Restore(mark);
        if (_w.Cursor > 0 && _w[_w.Cursor - 1] == consonant[0])
        {
            return false;
        }
        return _w.Cursor >= 2 && IsVowel(_w[_w.Cursor - 2]);
    }

    private bool OptionalUVowel()
    {
        var mark = _w.Mark;
        if (_w.In(U) && Test(static s => s._w.NotIn(Vowel)))
        {
            return true;
        }
        _w.Restore(mark);
        if (_w.Cursor > 0 && IsU(_w[_w.Cursor - 1]))
        {
            return false;
        }
        return _w.Cursor >= 2 && !IsVowel(_w[_w.Cursor - 2]);
    }

    // ---- suffixes ----

    private bool Possessives() => _w.Among(PossessiveForms) && OptionalUVowel();

    private bool SU() => HarmonicU() && OptionalConsonant("s");

    private bool LArI() => _w.Among(LArIForms);

    private bool YU() => HarmonicU() && OptionalConsonant("y");

    private bool NU() => Harmonic(NUForms);

    private bool NUn() => Harmonic(NUnForms) && OptionalConsonant("n");

    private bool YA() => Harmonic(YAForms) && OptionalConsonant("y");

    private bool NA() => Harmonic(NAForms);

    private bool DA() => Harmonic(DAForms);

    private bool NdA() => Harmonic(NdAForms);

    private bool DAn() => Harmonic(DAnForms);

    private bool NdAn() => Harmonic(NdAnForms);

    private bool YlA() => Harmonic(YlAForms) && OptionalConsonant("y");

    private bool Ki() => _w.Literal("ki");

    private bool NcA() => Harmonic(NcAForms) && OptionalConsonant("n");

    private bool YUm() => Harmonic(YUmForms) && OptionalConsonant("y");

    private bool SUn() => Harmonic(SUnForms);

    private bool YUz() => Harmonic(YUzForms) && OptionalConsonant("y");

    private bool SUnUz() => _w.Among(SUnUzForms);

    private bool LAr() => Harmonic(LArForms);

    private bool NUz() => Harmonic(NUzForms);

    private bool DUr() => Harmonic(DUrForms);

    private bool CAsInA() => _w.Among(CAsInAForms);

    private bool YDU() => Harmonic(YDUForms) && OptionalConsonant("y");

    private bool YsA() => _w.Among(YsAForms) && OptionalConsonant("y");

    private bool YmUs() => Harmonic(YmUsForms) && OptionalConsonant("y");

    private bool Yken() => _w.Literal("ken") && OptionalConsonant("y");

    // ---- the two stages ----

    private bool NominalVerbSuffixes()
    {
        _w.SetKet();
        _continueWithNounSuffixes = true;
        var matched = Or(
            static s => s.Or(static s => s.YmUs(), static s => s.YDU(), static s => s.YsA(), static s => s.Yken()),
            static s => s.CAsInA()
                && s.Or(static s => s.SUnUz(), static s => s.LAr(), static s => s.YUm(), static s => s.SUn(), static s => s.YUz(), static _ => true)
                && s.YmUs(),
            static s =>
            {
                if (!(s.LAr() && s._w.SetBra() && s._w.Delete()))
                {
                    return false;
                }
                s.Try(static s => s._w.SetKet() && s.Or(static s => s.DUr(), static s => s.YDU(), static s => s.YsA(), static s => s.YmUs()));
                s._continueWithNounSuffixes = false;
                return true;
            },
            static s => s.NUz() && s.Or(static s => s.YDU(), static s => s.YsA()),
            static s => s.Or(static s => s.SUnUz(), static s => s.YUz(), static s => s.SUn(), static s => s.YUm())
                && s._w.SetBra() && s._w.Delete()
                && s.Try(static s => s._w.SetKet() && s.YmUs()),
            static s => s.DUr() && s._w.SetBra() && s._w.Delete()
                && s.Try(static s => s._w.SetKet()
                    && s.Or(static s => s.SUnUz(), static s => s.LAr(), static s => s.YUm(), static s => s.SUn(), static s => s.YUz(), static _ => true)
                    && s.YmUs()));
        return matched && _w.SetBra() && _w.Delete();
    }

    /// <summary>[lAr] delete, then the chain before -ki: a step several rules end with.</summary>
    private bool LArThenChain() => _w.SetKet() && LAr() && _w.SetBra() && _w.Delete() && ChainBeforeKi();

    private bool PossessiveOrSUThenLAr() =>
        _w.SetKet() && Or(static s => s.Possessives(), static s => s.SU()) && _w.SetBra() && _w.Delete()
        && Try(static s => s.LArThenChain());

    /// <summary>Suffix chains ending in -ki: <c>evdekiler</c>, <c>benimkinin</c>.</summary>
    private bool ChainBeforeKi()
    {
        _w.SetKet();
        if (!Ki())
        {
            return false;
        }
        return Or(
            static s => s.DA() && s._w.SetBra() && s._w.Delete() && s.Try(static s => s._w.SetKet() && s.Or(
                static s => s.LAr() && s._w.SetBra() && s._w.Delete() && s.Try(static s => s.ChainBeforeKi()),
                static s => s.Possessives() && s._w.SetBra() && s._w.Delete() && s.Try(static s => s.LArThenChain()))),
            static s => s.NUn() && s._w.SetBra() && s._w.Delete() && s.Try(static s => s._w.SetKet() && s.Or(
                static s => s.LArI() && s._w.SetBra() && s._w.Delete(),
                static s => s.PossessiveOrSUThenLAr(),
                static s => s.ChainBeforeKi())),
            static s => s.NdA() && s.Or(
                static s => s.LArI() && s._w.SetBra() && s._w.Delete(),
                static s => s.SU() && s._w.SetBra() && s._w.Delete() && s.Try(static s => s.LArThenChain()),
                static s => s.ChainBeforeKi()));
    }

    private bool NounSuffixes() => Or(
        static s => s._w.SetKet() && s.LAr() && s._w.SetBra() && s._w.Delete() && s.Try(static s => s.ChainBeforeKi()),
        static s => s._w.SetKet() && s.NcA() && s._w.SetBra() && s._w.Delete() && s.Try(static s => s.Or(
            static s => s._w.SetKet() && s.LArI() && s._w.SetBra() && s._w.Delete(),
            static s => s.PossessiveOrSUThenLAr(),
            static s => s.LArThenChain())),
        static s => s._w.SetKet() && s.Or(static s => s.NdA(), static s => s.NA()) && s.Or(
            static s => s.LArI() && s._w.SetBra() && s._w.Delete(),
            static s => s.SU() && s._w.SetBra() && s._w.Delete() && s.Try(static s => s.LArThenChain()),
            static s => s.ChainBeforeKi()),
        static s => s._w.SetKet() && s.Or(static s => s.NdAn(), static s => s.NU()) && s.Or(
            static s => s.SU() && s._w.SetBra() && s._w.Delete() && s.Try(static s => s.LArThenChain()),
            static s => s.LArI()),
        static s => s._w.SetKet() && s.DAn() && s._w.SetBra() && s._w.Delete() && s.Try(static s => s._w.SetKet() && s.Or(
            static s => s.Possessives() && s._w.SetBra() && s._w.Delete() && s.Try(static s => s.LArThenChain()),
            static s => s.LAr() && s._w.SetBra() && s._w.Delete() && s.Try(static s => s.ChainBeforeKi()),
            static s => s.ChainBeforeKi())),
        static s => s._w.SetKet() && s.Or(static s => s.NUn(), static s => s.YlA()) && s._w.SetBra() && s._w.Delete() && s.Try(static s => s.Or(
            static s => s.LArThenChain(),
            static s => s.PossessiveOrSUThenLAr(),
            static s => s.ChainBeforeKi())),
        static s => s._w.SetKet() && s.LArI() && s._w.SetBra() && s._w.Delete(),
        static s => s.ChainBeforeKi(),
        static s => s._w.SetKet() && s.Or(static s => s.DA(), static s => s.YU(), static s => s.YA()) && s._w.SetBra() && s._w.Delete()
            && s.Try(static s => s._w.SetKet()
                && s.Or(
                    static s => s.Possessives() && s._w.SetBra() && s._w.Delete() && s.Try(static s => s._w.SetKet() && s.LAr()),
                    static s => s.LAr())
                && s._w.SetBra() && s._w.Delete() && s._w.SetKet() && s.ChainBeforeKi()),
        static s => s.PossessiveOrSUThenLAr());

    // ---- postlude ----

    /// <summary>A stem ending in d or g gets back the vowel it probably lost: <c>kedim</c> → <c>ked</c> → <c>kedi</c>.</summary>
    private bool AppendUToStemsEndingWithDOrG()
    {
        _w.SetKet();
        _w.SetBra();
        if (!(_w.Literal("d") || _w.Literal("g")) || !_w.GoTo(Vowel))
        {
            return false;
        }
        var last = _w[_w.Cursor - 1];
        var vowel = last switch
        {
            'a' or 'ı' => "ı",
            'e' or 'i' => "i",
            'o' or 'u' => "u",
            _ => "ü",
        };
        return _w.Replace(vowel);
    }

    /// <summary>A final b, c, d, ğ is written p, ç, t, k: <c>kitab</c> → <c>kitap</c>.</summary>
    private bool LastConsonant()
    {
        if (_w.Length == 0)
        {
            return false;
        }
        var replacement = _w[_w.Length - 1] switch
        {
            'b' => "p",
            'c' => "ç",
            'd' => "t",
            'ğ' => "k",
            _ => null,
        };
        if (replacement is null)
        {
            return false;
        }
        _w.Cursor = _w.Length;
        _w.SetKet();
        _w.Next();
        _w.SetBra();
        return _w.Replace(replacement);
    }
}

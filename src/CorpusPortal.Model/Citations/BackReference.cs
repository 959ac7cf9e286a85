namespace CorpusPortal.Model.Citations;

/// <summary>How a footnote entry refers back to a work cited earlier.</summary>
public enum BackReference
{
    None,

    /// <summary><c>a.g.e.</c> (adı geçen eser) or <c>a.g.m.</c> (adı geçen makale): "the work named before" by this author.</summary>
    NamedWork,

    /// <summary><c>A.e.</c> (aynı eser): the work of the footnote just before (ibid.).</summary>
    SameWork,
}

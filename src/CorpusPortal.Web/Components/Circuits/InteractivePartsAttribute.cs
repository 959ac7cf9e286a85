namespace CorpusPortal.Web.Components.Circuits;

/// <summary>
/// Marks a static page that holds interactive components (the edit page's live preview). Such a page gets
/// <c>&lt;base href="/"&gt;</c> like an interactive page: Blazor finds its circuit (<c>_blazor/…</c>) relative to the
/// document's base, which on a page without one is the page's own folder.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class InteractivePartsAttribute : Attribute;

// The live preview (Components/Editing/LivePreview.razor) runs in a circuit; it needs two things only the
// browser has. Word that the text changed, as a small message: Blazor's own input event would carry the whole
// paper on every keystroke, larger than a circuit message may be. And the text itself when the preview asks
// for it, as bytes the framework streams in pieces.
export function watch(id, preview) {
  const box = document.getElementById(id);
  if (!box) return;
  box.addEventListener('input', () => preview.invokeMethodAsync('TextChanged'));
  // Typing before the circuit connected changed the text without anyone listening.
  if (box.value !== box.defaultValue) preview.invokeMethodAsync('TextChanged');
}

export function text(id) {
  const box = document.getElementById(id);
  return new TextEncoder().encode(box ? box.value : '');
}

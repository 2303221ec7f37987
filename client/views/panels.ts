/**
 * The panels around the graph: the right one switches between the ranked lists and the
 * details; on a phone both side panels are sheets over the graph (the left one opened by
 * "menu", the right one peeking at the bottom, opened by a tap on its tabs or on a node).
 */
export type PanelName = 'ranked' | 'details';
export interface Panels {
  /** Shows a panel; on a phone `reveal` also opens the sheet (a tap asked for it, not a redraw). */
  show(which: PanelName, reveal?: boolean): void;
}

const narrow = (): boolean => window.matchMedia('(max-width: 760px)').matches;

export function mountPanels(): Panels {
  const body = document.body;
  const show = (which: PanelName): void => {
    document.querySelectorAll<HTMLElement>('#side-right .panel').forEach((p) => p.classList.toggle('active', p.id === which));
    document.querySelectorAll<HTMLElement>('#side-right .panel-tabs [data-panel]').forEach((b) => b.classList.toggle('active', b.dataset.panel === which));
  };
  document.querySelectorAll<HTMLElement>('#side-right .panel-tabs [data-panel]').forEach((b) => b.addEventListener('click', () => {
    show(b.dataset.panel as PanelName);
    if (narrow()) body.classList.add('right-open');
  }));
  document.querySelector('#toggle-left')!.addEventListener('click', () => { body.classList.toggle('left-open'); body.classList.remove('right-open'); });
  document.querySelector('#side-right [data-action="close-sheet"]')!.addEventListener('click', () => body.classList.remove('right-open'));
  show('ranked');
  return {
    show(which, reveal = false) {
      show(which);
      if (narrow() && reveal) { body.classList.add('right-open'); body.classList.remove('left-open'); }
    },
  };
}

/**
 * Chinese accessible names for what antd names in English and no prop can change:
 * - every icon gets `aria-label` = its English file name ("download", "bell", "arrow-left"…).
 *   Every icon on these screens sits beside its words or inside a control with a Chinese name of
 *   its own (a button's text or aria-label), so the English name is only noise read aloud: it is
 *   dropped and the icon hidden from assistive technology. An icon given a Chinese name keeps it.
 * - a few controls carry fixed English labels (InputNumber's "Increase Value", Segmented's
 *   "segmented control"): they get the Chinese ones below.
 */
const CJK = /[\u3400-\u9fff]/;

const LABELS: Record<string, string> = {
  'Increase Value': '增加',
  'Decrease Value': '减少',
  'segmented control': '选项',
  Close: '关闭',
  close: '关闭',
  Clear: '清除',
  clear: '清除',
  Search: '搜索',
  'Open calendar': '打开日历',
};

function fix(el: Element): void {
  const name = el.getAttribute('aria-label');
  if (name === null || CJK.test(name)) return;
  if (el.classList.contains('anticon')) {
    el.removeAttribute('aria-label');
    el.setAttribute('aria-hidden', 'true');
  } else if (LABELS[name]) {
    el.setAttribute('aria-label', LABELS[name]);
  }
}

function sweep(root: Element | Document): void {
  root.querySelectorAll('[aria-label]').forEach(fix);
}

/** Keeps every element on the page, now and later, free of antd's English accessible names. */
export function chineseAccessibleNames(): void {
  sweep(document);
  new MutationObserver((changes) => {
    for (const c of changes) {
      if (c.type === 'attributes' && c.target instanceof Element) fix(c.target);
      c.addedNodes.forEach((n) => {
        if (!(n instanceof Element)) return;
        fix(n);
        sweep(n);
      });
    }
  }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-label'] });
}

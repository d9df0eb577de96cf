/**
 * What Slack rejects, so tests fail here instead of in a customer's workspace.
 * Limits from the Block Kit reference (blocks, elements, composition objects, views).
 */
type Json = Record<string, unknown>;

export const limits = {
  messageBlocks: 50,
  viewBlocks: 100,
  textObject: 3000,
  headerText: 150,
  buttonText: 75,
  buttonValue: 2000,
  id: 255,
  sectionFields: 10,
  sectionField: 2000,
  actionsElements: 25,
  contextElements: 10,
  modalTitle: 24,
  modalButton: 24,
  privateMetadata: 3000,
  messageText: 40_000,
} as const;

const textOf = (t: unknown): string =>
  typeof t === 'object' && t !== null ? String((t as Json).text ?? '') : '';
const isPlain = (t: unknown): boolean =>
  typeof t === 'object' && t !== null && (t as Json).type === 'plain_text';

function elementProblems(el: Json, where: string): string[] {
  const p: string[] = [];
  if (typeof el.action_id === 'string' && el.action_id.length > limits.id)
    p.push(`${where}.action_id longer than ${limits.id}`);
  if (el.type === 'button') {
    if (!isPlain(el.text)) p.push(`${where}.text must be plain_text`);
    if (textOf(el.text).length > limits.buttonText) p.push(`${where}.text longer than ${limits.buttonText}`);
    if (typeof el.value === 'string' && el.value.length > limits.buttonValue)
      p.push(`${where}.value longer than ${limits.buttonValue}`);
    if (el.style !== undefined && el.style !== 'primary' && el.style !== 'danger')
      p.push(`${where}.style must be primary or danger`);
  }
  return p;
}

/** Problems with a blocks array, as "blocks[3].text longer than 3000". Empty when Slack would accept it. */
export function blockProblems(blocks: unknown, maxBlocks: number): string[] {
  if (blocks === undefined) return [];
  if (!Array.isArray(blocks)) return ['blocks must be an array'];
  const p: string[] = [];
  if (blocks.length > maxBlocks) p.push(`more than ${maxBlocks} blocks (${blocks.length})`);
  blocks.forEach((raw, i) => {
    const b = raw as Json;
    const at = `blocks[${i}]`;
    if (typeof b.block_id === 'string' && b.block_id.length > limits.id)
      p.push(`${at}.block_id longer than ${limits.id}`);
    if (textOf(b.text).length > limits.textObject) p.push(`${at}.text longer than ${limits.textObject}`);
    switch (b.type) {
      case 'header':
        if (!isPlain(b.text)) p.push(`${at}.text must be plain_text`);
        if (textOf(b.text).length > limits.headerText) p.push(`${at}.text longer than ${limits.headerText}`);
        break;
      case 'section': {
        const fields = (b.fields as unknown[] | undefined) ?? [];
        if (!b.text && fields.length === 0) p.push(`${at} needs text or fields`);
        if (fields.length > limits.sectionFields) p.push(`${at}.fields more than ${limits.sectionFields}`);
        fields.forEach((f, j) => {
          if (textOf(f).length > limits.sectionField)
            p.push(`${at}.fields[${j}] longer than ${limits.sectionField}`);
        });
        if (b.accessory) p.push(...elementProblems(b.accessory as Json, `${at}.accessory`));
        break;
      }
      case 'actions': {
        const els = (b.elements as Json[] | undefined) ?? [];
        if (els.length === 0 || els.length > limits.actionsElements)
          p.push(`${at}.elements must have 1 to ${limits.actionsElements}`);
        els.forEach((el, j) => {
          p.push(...elementProblems(el, `${at}.elements[${j}]`));
        });
        break;
      }
      case 'context': {
        const els = (b.elements as unknown[] | undefined) ?? [];
        if (els.length === 0 || els.length > limits.contextElements)
          p.push(`${at}.elements must have 1 to ${limits.contextElements}`);
        break;
      }
      case 'input':
        if (!isPlain(b.label)) p.push(`${at}.label must be plain_text`);
        if (b.element) p.push(...elementProblems(b.element as Json, `${at}.element`));
        break;
      case 'divider':
      case 'image':
      case 'rich_text':
        break;
      default:
        p.push(`${at}.type "${String(b.type)}" is not a block type`);
    }
  });
  return p;
}

/** Problems with a modal or Home view. */
export function viewProblems(view: unknown): string[] {
  if (typeof view !== 'object' || view === null) return ['view must be an object'];
  const v = view as Json;
  const p: string[] = [];
  if (v.type !== 'modal' && v.type !== 'home') p.push('view.type must be modal or home');
  if (v.type === 'modal') {
    if (!isPlain(v.title)) p.push('view.title must be plain_text');
    if (textOf(v.title).length > limits.modalTitle) p.push(`view.title longer than ${limits.modalTitle}`);
    for (const k of ['submit', 'close'] as const) {
      if (v[k] && textOf(v[k]).length > limits.modalButton)
        p.push(`view.${k} longer than ${limits.modalButton}`);
    }
  }
  if (typeof v.callback_id === 'string' && v.callback_id.length > limits.id)
    p.push(`view.callback_id longer than ${limits.id}`);
  if (typeof v.private_metadata === 'string' && v.private_metadata.length > limits.privateMetadata) {
    p.push(`view.private_metadata longer than ${limits.privateMetadata}`);
  }
  p.push(...blockProblems(v.blocks ?? [], limits.viewBlocks));
  return p;
}

/** A starting text per category of letter (个案 / 类案 / 综合治理 / 白皮书), offered in the drafting form. */
export interface LetterTemplate {
  title: string;
  background: string;
  causeAnalysis: string;
  legalBasis: string;
  items: { problem: string; recommendation: string }[];
}

const item = (n: number) => ({ problem: `（问题${n}：写明发现的具体问题及其表现）`, recommendation: `（建议${n}：写明针对问题${n}的具体、可操作的建议）` });

export const LETTER_TEMPLATES: Record<'INDIVIDUAL_CASE' | 'CLASS_CASE' | 'GOVERNANCE' | 'WHITE_PAPER', LetterTemplate> = {
  INDIVIDUAL_CASE: {
    title: '关于……的司法建议',
    background: '本院在审理（执行）……诉……纠纷一案〔案号：（20××）……号〕中发现，……。',
    causeAnalysis: '',
    legalBasis: '《最高人民法院关于加强司法建议工作的意见》',
    items: [item(1)],
  },
  CLASS_CASE: {
    title: '关于……的司法建议',
    background: '20××年以来，本院共受理……类纠纷案件××件，同比上升××%。经对上述案件梳理分析，发现……。',
    causeAnalysis: '一是……；二是……；三是……。',
    legalBasis: '《最高人民法院关于加强司法建议工作的意见》',
    items: [item(1), item(2)],
  },
  GOVERNANCE: {
    title: '关于加强……综合治理的司法建议',
    background: '本院在审理……类案件中发现，……领域存在……等社会治理问题，相关纠纷呈……态势，影响……。',
    causeAnalysis: '一是制度层面……；二是监管层面……；三是……。',
    legalBasis: '《最高人民法院关于综合治理类司法建议工作若干问题的规定》第×条',
    items: [item(1), item(2), item(3)],
  },
  WHITE_PAPER: {
    title: '关于……审判情况的白皮书',
    background: '为全面反映……领域审判工作情况，本院对20××年至20××年审结的……案件进行了梳理，形成《……审判白皮书》（见附件）。',
    causeAnalysis: '……案件多发的主要原因：……。',
    legalBasis: '《最高人民法院关于加强司法建议工作的意见》',
    items: [item(1), item(2)],
  },
};

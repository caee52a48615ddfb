/**
 * The administrative 案由 (《最高人民法院关于行政案件案由的暂行规定》) as data, in the same one-line-per-cause
 * form as the civil catalogue (cause-catalogue.data.ts): the kind of administrative act, then the
 * field of administration where used. Codes start with `X`.
 */
export const ADMINISTRATIVE_CAUSES = `
行政案件
  行政处罚
    治安管理行政处罚
    道路交通管理行政处罚
    市场监督管理行政处罚
    生态环境行政处罚
    城市管理行政处罚
    自然资源行政处罚
  行政强制措施
  行政强制执行
    强制拆除
  行政许可
  行政征收或者征用
    房屋征收补偿决定
    集体土地征收
  行政登记
    不动产登记
    市场主体登记
  行政确认
    工伤认定
  行政给付
    社会保险待遇给付
    最低生活保障给付
  行政允诺
  行政征缴
  行政奖励
  行政收费
  政府信息公开
  行政批复
  行政处理
  行政复议
  行政裁决
  行政协议
    房屋征收补偿协议
    政府特许经营协议
  行政补偿
  行政赔偿
  不履行法定职责
    不履行查处违法建筑职责
    不履行劳动保障监察职责
  行政公益诉讼
`;

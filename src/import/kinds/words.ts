// Header words more than one kind knows (EN, ZH, and the German/French of SAP and DATEV exports).

export const CUSTOMER_CODE = [
  'customer_code', 'customer code', 'customer id', 'customer no', 'customer number', 'customer #', 'cust id', 'cust no',
  'account', 'customer account', 'account number', 'account no', 'debtor', 'debtor code', 'client id', 'client code',
  'contact id', 'customer ref', 'kundennummer', 'konto', 'debitor',
  '客户编码', '客户代码', '客户编号', '客户号', '往来单位编码', '单位编码', '客户代号',
];
export const CUSTOMER_NAME = [
  'customer_name', 'customer name', 'customer', 'customer full name', 'customer/project', 'contact name', 'contact', 'client',
  'client name', 'kunde', 'kundenname', 'company', 'company name', 'debtor name', 'bill to', 'billed to', 'name 1', 'name1', 'account name', 'name',
  '客户名称', '客户', '客户全称', '客户简称', '单位名称', '往来单位', '往来单位名称', '购货单位', '购买方名称', '购方名称', '付款单位',
];
export const CURRENCY = [
    'currency', 'curr', 'curr.', 'crcy', 'ccy', 'currency code', 'document currency', 'doc currency', 'doc. currency', 'belegwährung', 'währung',
    'währg', 'devise', '凭证货币',
    '币别', '币种', '币制', '货币', '原币币别', '原币',
  ];

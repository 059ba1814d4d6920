# 营救请求：列表、单个请求、提交表单、办理流程、营救行动、区域。

## 状态、紧急程度和性别名称
rescue-status-submitted = 已提交
rescue-status-under-review = 审核中
rescue-status-located = 已查明下落
rescue-status-rescue-in-progress = 营救中
rescue-status-rescued = 已获救
rescue-status-repatriated = 已遣返回国
rescue-status-closed = 已结案
rescue-status-unable-to-locate = 未能查明下落
rescue-status-withdrawn = 已撤回
rescue-urgency-life-at-risk = 生命危险
rescue-urgency-urgent = 紧急
rescue-urgency-routine = 常规
rescue-sex-female = 女
rescue-sex-male = 男
rescue-sex-unspecified = 未注明

## 列表（/rescue-requests）
rescue-new = 提交营救请求
rescue-counts-label = 各状态请求数
# 计数到上限即停止：实际多于 $count。
rescue-count-capped = { $count }+
rescue-count-more = { $count }+ 项请求
rescue-count = { $count } 项请求
rescue-filters = 筛选
rescue-filter-open = 仍在办理（未终结）
rescue-filter-any-status = 任何状态
rescue-filter-any-urgency = 任何紧急程度
rescue-filter-any-area = 任何区域
rescue-filter-any-country = 任何国家
rescue-filter-reference = 编号
rescue-filter-submit = 筛选
rescue-filter-not-a-reference = 这不是 RR-2026-0001 这样的编号。如需按护照号码查找，请使用护照号码查询。
rescue-passport-search = 按护照号码查找
rescue-passport-search-help = 请输入完整号码。号码随表单提交，绝不会出现在页面网址中。
rescue-passport-search-submit = 查找
rescue-passport-results = 含此护照号码的请求（包括所有状态）。
rescue-passport-results-back = 返回列表
rescue-download-csv = 下载为 CSV（不含个人数据）
rescue-none-match = 没有符合筛选条件的营救请求。
rescue-col-reference = 编号
rescue-col-person = 当事人
rescue-col-nationality = 国籍
rescue-col-urgency = 紧急程度
rescue-col-status = 状态
rescue-col-area = 区域
rescue-col-unit = 泰方单位
rescue-col-filed = 提交时间
rescue-unassigned = 未分派

## 单个请求
rescue-conflict-heading = 在您操作期间，此请求已被更改
# $status 为请求的当前状态。
rescue-conflict-text = 您的操作未执行：该请求现为“{ $status }”状态。请查看下方时间线，然后重新选择。
rescue-possible-duplicate = 可能与以下请求重复：
rescue-last-contact = 最后联系日期
rescue-not-known = 不详
rescue-none-given = 未提供
rescue-operation = 营救行动
rescue-no-operation = 未编入行动
rescue-last-changed = 最近更改
rescue-person-heading = 当事人
rescue-full-name = 全名
rescue-other-names = 其他姓名或化名
rescue-sex = 性别
rescue-age = 出生日期或年龄
# $age 为岁数。
rescue-approximate-age = 约 { $age } 岁
rescue-passport = 护照号码
rescue-phones = 电话号码
rescue-handles = 即时通讯账号
rescue-family-contact = 家属联系方式
rescue-situation-heading = 所处情况
rescue-last-known-location = 最后已知位置
rescue-compound = 园区或犯罪团伙
rescue-recruitment = 被招募经过
rescue-circumstances = 详细情形
rescue-edit = 更新详细信息
rescue-redacted = 个人详细信息不向观察员显示。
rescue-steps-heading = 后续步骤
# 按钮：$status 为此步骤后请求的状态。
rescue-step-to = 改为“{ $status }”
rescue-step-place = 在何处查明该人员下落？
rescue-step-reason = 原因
rescue-step-outcome = 结果
rescue-step-reopen-reason = 为何重新开启此请求？
rescue-step-place-missing = 请说明在何处查明该人员下落。
rescue-step-reason-missing = 请填写原因：原因将记入时间线。
# $from 和 $to 为状态名称。
rescue-step-not-allowed = 处于“{ $from }”状态的请求不能改为“{ $to }”。
rescue-step-taken = { $reference } 现为“{ $status }”状态。
rescue-assign-heading = 分派
rescue-officer = 警员
rescue-no-officer = 未指定警员
rescue-officer-help = 列出的是已保存单位的警员：如需更换单位，请先保存新单位，再从其警员中选择。
rescue-assign-submit = 保存分派
rescue-assign-unit-unknown = 请从列表中选择泰方单位。
rescue-assign-officer-unknown = 请选择所选单位的警员。
rescue-assigned = 已保存 { $reference } 的分派。
rescue-operation-submit = 保存所属行动
rescue-operation-unknown = 请从列表中选择行动。
rescue-operation-set = 已保存 { $reference } 的所属行动。
rescue-timeline = 时间线
# 时间线每一条以人员姓名和机构开头，后接以下文字之一。
rescue-timeline-filed = 提交了该请求
rescue-timeline-moved = 将状态改为
rescue-timeline-noted = 添加了备注
rescue-timeline-edited = 更新了详细信息：
rescue-timeline-assigned = 分派了该请求
rescue-timeline-operation = 更改了所属行动
rescue-note-heading = 添加备注
rescue-note-label = 备注
rescue-note-submit = 添加备注
rescue-note-missing = 请先填写备注。
rescue-note-added = 已为 { $reference } 添加备注。
rescue-viewings-heading = 查看过此案的人员
rescue-viewings-none = 尚无人打开过个人详细信息。
rescue-viewings-count = { $count } 次
rescue-viewings-last = 最近一次
rescue-back-to-list = ← 所有营救请求

## 表单
rescue-new-intro = 当事人的所有信息在存储前均已加密。只有贵国和泰国警方协调员可以读取，且每次查看均有记录。
rescue-edit-title = 更新 { $reference }
rescue-edit-conflict-heading = 其他人已先保存了此请求
rescue-edit-conflict-text = 您的更改未保存：该请求现为第 { $version } 版。当前存储的详细信息如下：
rescue-edit-conflict-kept = 您输入的内容保留在下方表单中；再次保存将替换已存储的内容。
rescue-edit-conflict-discard = 放弃您的更改
rescue-form-has-errors = 部分字段需要修改，已在下方标出。
rescue-choose = 请选择…
rescue-other-names-help = 绰号、在园区内使用的名字、其他拼写方式。
rescue-date-of-birth = 出生日期
rescue-age-help = 请填写出生日期；如家属不清楚，请填写大致年龄。
rescue-approximate-age-label = 大致年龄
rescue-phones-help = 每行一个号码，带国家代码，例如 +95 9 123 456 789。
rescue-handles-help = LINE、WhatsApp、Telegram、Facebook 等账号，以及在该平台上显示的名称。
rescue-family-contact-help = 报告人是谁，以及如何联系对方。
rescue-save = 保存
rescue-file = 提交请求
rescue-filed = 已提交营救请求 { $reference }。
rescue-saved = 已保存 { $reference }。
rescue-field-nationality-unknown = 请从列表中选择该人员的国籍。
rescue-field-full-name-missing = 请输入该人员的全名。
rescue-field-sex-unknown = 请选择一项。
rescue-field-date-future = 此日期晚于今天。
rescue-field-age-missing = 请填写出生日期或大致年龄。
rescue-field-age-invalid = 请输入年龄（岁），范围为 1 至 120。
rescue-field-passport-invalid = 护照号码应由 5 至 20 个字母和数字组成。
# $phone 为输入的内容，$reason 为其不是有效号码的原因。
rescue-field-phone-invalid = { $phone }：{ $reason }
rescue-field-phones-too-many = 最多填写 { $max } 个号码。
rescue-field-location-missing = 请描述最后已知位置，大致即可。
rescue-field-area-unknown = 请从列表中选择区域。
rescue-field-urgency-unknown = 请选择紧急程度。
rescue-field-status-unknown = 请从列表中选择状态。

## 营救行动（/rescue-operations）
rescue-operations-title = 营救行动
rescue-operations-intro = 一项行动汇集同一次突袭所涉及的请求，不分国籍。各国只能看到其中涉及本国公民的请求。
rescue-operations-none = 尚无行动。
rescue-operation-new = 新建行动
rescue-operation-name = 名称
rescue-operation-planned-on = 计划日期
rescue-operation-notes = 备注
rescue-operation-notes-help = 用文字说明地点和时间。请勿填写姓名：姓名已记录在各请求中。
rescue-operation-create = 创建行动
rescue-operation-name-missing = 请为行动命名。
rescue-operation-created = 已创建行动 { $name }。
rescue-operation-planned = 计划于 { $date }
rescue-operation-not-planned = 未定日期
rescue-operation-requests = 此行动中的请求
rescue-operation-empty = 您可查看的请求均不在此行动中。
rescue-operations-back = ← 所有行动

## 区域（/admin/rescue-areas）
rescue-areas-intro = 请求可选择的区域。已停用的区域在提交请求时不再供选择；已选用这些区域的请求保持不变。“其他”始终保留。
rescue-area-state = 状态
rescue-area-other = 其他
rescue-area-change = 更改
rescue-area-offered-state = 可选用
rescue-area-retired-state = 已停用
rescue-area-retire = 停用
rescue-area-offer = 重新启用
rescue-area-retire-label = 停用 { $name }
rescue-area-offer-label = 重新启用 { $name }
rescue-area-new = 新区域
rescue-area-add = 添加区域
rescue-area-name-missing = 请输入区域名称。
rescue-area-name-taken = 此区域已在列表中。
rescue-area-added = 已添加区域 { $name }。
rescue-area-offered = 该区域已重新启用。
rescue-area-retired = 该区域已停用。

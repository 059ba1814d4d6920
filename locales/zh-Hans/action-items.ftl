# 行动事项：列表、单个事项、表单、工作量框。

items-col-reference = 编号
items-col-title = 标题
items-col-owed-by = 承办方
items-col-due = 截止
items-col-priority = 优先级
items-col-status = 状态
items-restricted-badge = 受限
items-overdue-label = 逾期
items-workload-open = { $count } 项未结
items-workload-overdue = { $count } 项逾期
items-workload-none-overdue = 无逾期
items-workload-nothing-owed = 目前没有待承办的事项。
items-workload-all-open = { $org } 的所有未结事项
items-workload-the-overdue = 逾期事项
items-owed-by-org = { $org } 承办的行动事项

# 列表
items-new = 新建行动事项
items-filters = 筛选
items-filter-not-closed = 未结（待处理、进行中、受阻）
items-filter-any-status = 任何状态
items-filter-any-org = 任何机构
items-filter-any-priority = 任何优先级
items-filter-due-by = 截止日期不晚于
items-filter-text = 标题或描述包含
items-filter-sort = 排序方式
items-sort-due = 截止日期，最近的在前
items-sort-priority = 优先级，最紧急的在前
items-sort-newest = 最新的在前
items-filter-overdue = 仅显示逾期事项
items-filter-submit = 筛选
# 符合筛选条件的事项数。
items-count = { $count } 项
# 大型列表只计数到上限：事项多于 $count 项。
items-count-more = { $count }+ 项
items-download-csv = 将这些事项下载为 CSV
items-none-match = 没有符合筛选条件的行动事项。

# 单个事项
# 位于事项标题下方、状态之后。方括号中的键 [low] [normal] [high] [urgent] 保持不变。
items-priority-line = { $priority ->
    [low] 优先级：低
    [normal] 优先级：普通
    [high] 优先级：高
   *[urgent] 优先级：紧急
}
# $date 为截止日期。
items-due-on = 截止日期 { $date }
items-person = 负责人
items-nobody-named = 未指定
items-visibility = 可见范围
items-last-changed = 最近更改
items-no-description = 无描述。
items-edit-or-reassign = 编辑或重新分派
items-status-heading = 更改状态
items-status-new = 新状态
items-status-comment = 评论（选填）
items-status-submit = 更改状态
items-status-conflict-heading = 其他人已先更改了此事项
items-status-conflict-not-saved = 您的状态更改未保存。
# $status 为事项当前状态（以粗体显示），$version 为其版本号。
items-status-conflict-now = 该事项现为 { $status } 状态（版本 { $version }）；下方的时间线显示了具体经过。
items-status-conflict-kept = 您的评论和选择仍保留在表单中：如仍适用，请再次提交。
items-timeline = 时间线
# 时间线每一条以人员姓名和机构开头，后接以下文字之一。
items-timeline-created = 创建了该事项
# $from 和 $to 为状态名称；$to 以粗体显示。
items-timeline-moved = 将状态从 { $from } 改为 { $to }
items-timeline-edited = 编辑了该事项
items-timeline-commented = 发表了评论
# 位于“编辑了该事项”之下，每项更改一行。$from 和 $to 为旧值和新值。
items-change-title = 标题“{ $from }” → “{ $to }”
items-change-description = 描述已更改
items-change-assignees = 承办方 { $from } → { $to }
items-change-person = 负责人 { $from } → { $to }
# 未指定负责人时，代替 items-change-person 中的 $from 或 $to。
items-change-nobody = 无
items-change-due-date = 截止日期 { $from } → { $to }
items-change-priority = 优先级 { $from } → { $to }
items-change-visibility = 可见范围 { $from } → { $to }
items-change-nothing = 已保存，未做更改
items-comment-heading = 添加评论
items-comment-label = 评论
# Markdown 语法（**粗体**）保持原样。
items-markdown-help = Markdown：**粗体**、列表、链接。
items-comment-submit = 添加评论
items-back-to-list = ← 所有行动事项

# 句子中的状态（items-status-changed、items-status-not-allowed）。
items-status-word-open = 待处理
items-status-word-in-progress = 进行中
items-status-word-blocked = 受阻
items-status-word-done = 已完成
items-status-word-cancelled = 已取消
# $reference 为事项编号（AI-0042）；$status 为上述 items-status-word-* 之一。
items-status-changed = { $reference } 的状态已改为“{ $status }”。
items-status-not-allowed = 处于“{ $from }”状态的事项不能改为“{ $to }”。
items-comment-missing = 请填写评论。
items-comment-added = 已为 { $reference } 添加评论。

# 表单
# $reference 为事项编号（AI-0042）。
items-edit-title = 编辑 { $reference }
items-edit-conflict-heading = 其他人已先保存了此事项
# $version 为事项的版本号。
items-edit-conflict-text = 您的更改未保存。以下是当前存储的内容（版本 { $version }）：
items-edit-conflict-kept = 下方表单仍保留您输入的内容。再次提交即可替换已存储的内容。
# 返回事项的链接，离开表单。
items-edit-conflict-discard = 放弃您的更改
items-description = 描述
items-form-has-errors = 部分字段需要修改，提示信息显示在相应字段旁。
items-description-help = Markdown：**粗体**、列表、链接。所有可查看该事项的人都能看到。
# 用户无法选择承办机构时，显示在这些机构之前。
items-owed-by-fixed = 承办方：
items-assignees-legend = 承办方（一个或多个机构）
items-person-label = 负责人（选填）
items-person-nobody = 不指定
items-person-help = 必须属于该事项的某个承办机构。
items-due-date = 截止日期
items-save = 保存更改
items-create = 创建行动事项
items-cancel = 取消
items-created = 已创建行动事项 { $reference }。
items-saved = 已保存行动事项 { $reference }。

# 表单字段旁的提示
items-title-missing = 请输入标题。
items-due-date-missing = 请输入截止日期。
items-due-date-past = 请选择今天或之后的截止日期。
items-assignees-missing = 请至少选择一个机构。
# $codes 为输入的机构代码（BRA, NOPE），$count 为代码个数。
items-assignees-unknown = { $count ->
   *[other] 无法向 { $codes } 分派工作：请从列表中选择启用中的大使馆或警方单位。
}
items-person-not-assignable = 请从承办机构中选择一人，或选择不指定。

# 由会议决定生成的事项。
items-from-decision = “{ $meeting }”第 { $number } 项决定
items-from-decision-link = 在纪要中查看
items-from-decision-description = 落实会议“{ $meeting }”的第 { $number } 项决定。
items-decision = 所落实的决定

# Organisations: the directory, an organisation's workspace page, and the organisation form's field messages.

orgs-heading = الجهات المشاركة
orgs-intro = يطّلع على هذا الدليل كل من سجّل الدخول إلى Liaison.
orgs-count = { $count ->
    [zero] لا توجد جهات
    [one] جهة واحدة
    [two] جهتان
    [few] { $count } جهات
    [many] { $count } جهة
   *[other] { $count } جهة
}
orgs-col-code = الرمز
orgs-col-name = الاسم
orgs-col-kind = النوع
orgs-col-country = الدولة
orgs-col-members = الأعضاء

orgs-kind-organisation = { $kind ->
    [coordinator] جهة منسِّقة
    [country] جهة تمثّل دولة
   *[observer] جهة مراقِبة
}
orgs-country = الدولة: { $country }
orgs-deactivated = معطَّلة
orgs-own-workspace = هذه مساحة العمل الخاصة بجهتك.
orgs-workspace = مساحة العمل
orgs-active-members = الأعضاء النشطون
orgs-time-zone = المنطقة الزمنية
orgs-since = تاريخ الانضمام إلى Liaison
orgs-manage = إدارة هذه الجهة

# Beside the fields of an organisation
orgs-name-missing = أدخل اسم الجهة.
orgs-country-not-allowed = لا تُحدَّد الدولة إلا للجهات من نوع «دولة»؛ اترك هذا الحقل فارغًا.
orgs-code-taken = هذا الرمز مستخدَم من قبل جهة أخرى.
orgs-country-taken = توجد جهة أخرى تمثّل هذه الدولة بالفعل.

# The dashboard, and the names of the roles.

role-admin = مسؤول النظام
role-coordinator = منسق
role-country-member = ممثل دولة
role-observer = مراقب
dashboard-role-admin = تتولى التنسيق عبر جميع مساحات العمل، وتدير الجهات والحسابات.
dashboard-role-coordinator = تطّلع على جميع مساحات العمل، وتوزّع المهام على الجهات، وتراجع سجل التدقيق.
dashboard-role-country-member = تعمل في مساحة العمل الخاصة بدولتك: إجراءاتها المطلوبة، وجهات الاتصال التابعة لها، وطلبات إنقاذ رعاياها.
dashboard-role-observer = تطّلع على جميع مساحات العمل؛ تُحجب عنك البيانات الشخصية للضحايا، ولا يمكنك تعديل أي شيء.

dashboard-welcome = مرحبًا، { $name }
dashboard-your-organisation = جهتك
dashboard-org-kind = نوع الجهة: { $kind }
dashboard-org-kind-country = نوع الجهة: { $kind } ({ $country })
dashboard-members = { $count ->
    [zero] لا يوجد أعضاء نشطون
    [one] عضو نشط واحد
    [two] عضوان نشطان
    [few] { $count } أعضاء نشطين
    [many] { $count } عضوًا نشطًا
   *[other] { $count } عضو نشط
}
dashboard-open-workspace = فتح مساحة العمل
dashboard-what-you-can-do = ما يمكنك القيام به
dashboard-create-item = إنشاء إجراء مطلوب
dashboard-who-to-call = بمن تتصل الآن
dashboard-contact-points = جهات الاتصال
dashboard-org-directory = دليل الجهات المشاركة
dashboard-your-account = حسابك وكلمة المرور والجلسات
dashboard-owed-by = الإجراءات المطلوبة من { $org }
dashboard-referrals-none = لا توجد إحالة حدودية بانتظار تأكيد الاستلام.
dashboard-referrals-awaiting = { $count ->
    [one] إحالة واحدة بانتظار تأكيد الاستلام
    [two] إحالتان بانتظار تأكيد الاستلام
    [few] { $count } إحالات بانتظار تأكيد الاستلام
    [many] { $count } إحالةً بانتظار تأكيد الاستلام
   *[other] { $count } إحالة بانتظار تأكيد الاستلام
}
dashboard-referrals-late = انقضت مهلتها: { $count }
dashboard-referrals-escalated = على لوحة التصعيد: { $count }
dashboard-referrals-awaiting-more = أكثر من { $count } إحالة بانتظار تأكيد الاستلام
dashboard-referrals-late-more = انقضت مهلتها: أكثر من { $count }
dashboard-referrals-escalated-more = على لوحة التصعيد: أكثر من { $count }

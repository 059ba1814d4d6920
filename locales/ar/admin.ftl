# Administration of organisations and accounts (/admin/orgs, /admin/users), for administrators.

# Shared by the admin pages
admin-filters = عوامل التصفية
admin-name = الاسم
admin-email = البريد الإلكتروني
admin-organisation = الجهة
admin-role = الدور
admin-status = الحالة
admin-time-zone = المنطقة الزمنية
admin-role-administrator = مسؤول النظام
admin-role-member = عضو
# The state of an organisation or an account, in a table or a list of facts.
admin-active = مفعَّل
admin-deactivated = معطَّل
# The same state written inside a line of facts (used for organisations).
admin-state-active = مفعَّلة
admin-state-deactivated = معطَّلة
admin-edit = تعديل
admin-cancel = إلغاء
admin-save-changes = حفظ التغييرات
admin-yes = نعم
admin-no = لا
# Shown when someone else saved the record while this person was editing it.
# $version is the number of the version now stored.
admin-conflict-not-saved = لم تُحفظ تعديلاتك. هذه هي القيم المحفوظة حاليًا (النسخة { $version }):
admin-conflict-resubmit = لا يزال النموذج أدناه يحتوي على ما أدخلته. أرسله مرة أخرى لاستبدال القيم المحفوظة.
admin-conflict-discard = تجاهُل تعديلاتك

# The list of organisations
admin-orgs-title = إدارة الجهات
admin-orgs-add = إضافة جهة
admin-orgs-table-label = الجهات
admin-orgs-code = الرمز
admin-orgs-kind = النوع
admin-orgs-country = الدولة
admin-orgs-members = الأعضاء

# One organisation
# $country is a two-letter ISO country code, such as BR.
admin-orgs-country-code = الدولة { $country }
admin-orgs-no-members = لا توجد حسابات بعد.
admin-orgs-add-account = إضافة حساب
admin-orgs-members-label = حسابات هذه الجهة
# Under the first page of an organisation's accounts; $shown is how many are listed.
admin-orgs-showing-members = { $total ->
    [one] يُعرض { $shown } من أصل { $total } حساب.
    [two] يُعرض { $shown } من أصل { $total } حسابين.
    [few] يُعرض { $shown } من أصل { $total } حسابات.
    [many] يُعرض { $shown } من أصل { $total } حسابًا.
   *[other] يُعرض { $shown } من أصل { $total } حساب.
}
# A link to the full list; $org is the organisation's code, such as BRA.
admin-orgs-all-members = جميع حسابات { $org }
admin-orgs-deactivate-help = يؤدي التعطيل إلى تسجيل خروج جميع الأعضاء فورًا، ولا يمكنهم تسجيل الدخول حتى يُعاد تفعيل الجهة. وتبقى سجلاتها محفوظة.
# $org is the organisation's code, such as BRA.
admin-orgs-deactivate = تعطيل { $org }
admin-orgs-activate = تفعيل { $org }
admin-orgs-own = هذه جهتك أنت؛ ولا يمكن تعطيلها إلا من قِبل مسؤول نظام آخر.

# The organisation form
# $org is the organisation's code (in the page title) or its name (in the heading).
admin-orgs-edit-title = تعديل { $org }
admin-orgs-conflict = حفظ شخص آخر بيانات هذه الجهة قبلك
admin-orgs-country-none = لا توجد
admin-orgs-code-help = رمز قصير يُستخدم في العناوين وفي المكالمات الهاتفية: BRA، CCIB، UNODC.
admin-orgs-country-label = الدولة (رمز ISO، للجهات من نوع «دولة» فقط)
admin-orgs-time-zone-help = يُعرض توقيتها المحلي في صفحة المناوبين الآن، وتُدخَل المناوبات وفقًا له.
admin-orgs-submit = إضافة الجهة

# Confirmations; $org is the organisation's code, such as PHL.
admin-orgs-created = أُنشئت الجهة { $org }.
admin-orgs-saved = حُفظت بيانات الجهة { $org }.
admin-orgs-activated = فُعِّلت الجهة { $org }.
admin-orgs-deactivated = عُطِّلت الجهة { $org }.

# The list of accounts
admin-users-title = إدارة الحسابات
admin-users-add = إضافة حساب
admin-users-all-orgs = جميع الجهات
admin-users-search = يحتوي الاسم أو البريد الإلكتروني على
admin-users-include-inactive = تضمين الحسابات المعطَّلة
admin-users-filter = تصفية
admin-users-count = { $count ->
    [one] { $count } حساب
    [two] { $count } حسابان
    [few] { $count } حسابات
    [many] { $count } حسابًا
   *[other] { $count } حساب
}
# When there are more accounts than were counted: "1000+ accounts".
admin-users-count-more = أكثر من { $count } حساب
admin-users-table-label = الحسابات
# After "Active" in the list of accounts.
admin-users-must-change-password = يجب تغيير كلمة المرور

# One account
admin-users-password = كلمة المرور
# $when is a date and time.
admin-users-password-changed = غُيِّرت في { $when }
admin-users-password-must-change = يجب تغييرها عند تسجيل الدخول التالي
admin-users-created-at = تاريخ الإنشاء
admin-users-reset-heading = إعادة تعيين كلمة المرور
admin-users-reset-help = يعيّن كلمة مرور مؤقتة ويسجّل خروج الحساب من جميع الأجهزة؛ وعلى صاحبه اختيار كلمة مرور خاصة به عند تسجيل الدخول التالي.
admin-users-temporary-password = كلمة مرور مؤقتة
admin-users-reset-submit = تعيين كلمة مرور مؤقتة
# A link to /account/password, shown to administrators on their own account's page.
admin-users-own-password = لتغيير كلمة المرور الخاصة بك، استخدم صفحة حسابك.
admin-users-deactivate-help = يؤدي التعطيل إلى تسجيل خروج الحساب فورًا ومنعه من تسجيل الدخول؛ ويبقى سجله محفوظًا.
admin-users-deactivate = تعطيل هذا الحساب
admin-users-own-account = لا يمكنك تعطيل حسابك أنت.
admin-users-activate = تفعيل هذا الحساب

# The account form
# $name is the person's name.
admin-users-edit-title = تعديل { $name }
admin-users-conflict = حفظ شخص آخر هذا الحساب قبلك
admin-users-administrator = مسؤول النظام
admin-users-full-name = الاسم الكامل
admin-users-email-address = عنوان البريد الإلكتروني
admin-users-choose-org = اختر…
admin-users-admin-label = مسؤول النظام (يدير الجهات والحسابات؛ لأعضاء الجهات المنسقة فقط)
admin-users-password-help = 12 حرفًا على الأقل. أبلغ بها صاحب الحساب هاتفيًا أو شخصيًا؛ وعليه استبدالها عند أول تسجيل دخول.
admin-users-submit = إضافة الحساب

# Beside the account form's fields
admin-users-org-missing = اختر الجهة التي ينتمي إليها الشخص.
admin-users-org-unknown = اختر جهة من القائمة.
admin-users-admin-outside-coordination = لا يمكن أن يكون مسؤولًا للنظام إلا أعضاء جهة منسقة.
admin-users-email-taken = يستخدم حساب آخر عنوان البريد الإلكتروني هذا بالفعل.
admin-users-own-admin-rights = لا يمكنك إزالة صلاحيات مسؤول النظام الخاصة بك؛ اطلب ذلك من مسؤول نظام آخر.

# Confirmations; $email is the account's email address.
admin-users-created = أُنشئ الحساب { $email }. أبلغ صاحبه بكلمة المرور المؤقتة هاتفيًا أو شخصيًا؛ وعليه تغييرها عند أول تسجيل دخول.
admin-users-saved = حُفظ الحساب { $email }.
admin-users-activated = فُعِّل الحساب { $email }.
admin-users-deactivated = عُطِّل الحساب { $email }.
admin-users-password-reset = عُيِّنت كلمة مرور مؤقتة للحساب { $email }؛ وعلى صاحبه تغييرها عند تسجيل الدخول التالي.

## عامل المصادقة الثاني للحساب
admin-users-second-factor = عامل المصادقة الثاني
admin-users-second-factor-since = تم إعداده في { $date }
admin-users-second-factor-none = لم يتم إعداده
admin-users-second-factor-reset-heading = إعادة تعيين عامل المصادقة الثاني
admin-users-second-factor-reset-help = في حال فقدان الهاتف أو استبداله: يتوقف تطبيق المصادقة ورموز الاسترداد الخاصة بالحساب عن العمل، وتنتهي جلساته. تحقّق من هوية صاحب الطلب قبل إعادة التعيين. ويُعِدّ صاحب الحساب عامل مصادقة ثانيًا جديدًا عند تسجيل الدخول التالي.
admin-users-second-factor-reset-submit = إعادة تعيين عامل المصادقة الثاني
admin-users-second-factor-reset = أُعيد تعيين عامل المصادقة الثاني للحساب { $email }؛ وسيُعِدّ صاحبه عاملًا جديدًا عند تسجيل الدخول التالي.

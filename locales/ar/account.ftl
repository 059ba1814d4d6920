# The signed-in user's own account: /account and /account/password.

account-title = حسابك
account-profile = الملف الشخصي
account-name = الاسم
account-email = البريد الإلكتروني
account-organisation = الجهة
account-change-password = تغيير كلمة المرور

account-language = اللغة
account-language-label = لغة عرض البوابة
account-language-browser = لغة المتصفح
account-language-help = إذا لم تختر لغة، تُستخدم اللغة التي يطلبها متصفحك. أما الأسماء والملاحظات وكل ما أدخله المستخدمون فيبقى كما كُتب.
account-language-save = حفظ اللغة
account-language-saved = تُعرض البوابة الآن باللغة: { $language }.
account-language-browser-saved = تتبع البوابة الآن لغة متصفحك.

account-time-zone = المنطقة الزمنية
account-time-zone-label = المنطقة الزمنية لعرض الأوقات
account-time-zone-save = حفظ المنطقة الزمنية
account-time-zone-saved = تُعرض الأوقات الآن وفق المنطقة الزمنية { $zone }.

account-sessions = الجلسات النشطة
account-sessions-help = هذه هي المتصفحات التي سُجِّل فيها الدخول إلى حسابك. سجّل الخروج من أي جلسة لا تعرفها، ثم غيّر كلمة المرور.
account-sessions-label = جلساتك
account-session-signed-in = وقت الدخول
account-session-last-active = آخر نشاط
account-session-from = المصدر
account-session-browser = المتصفح
account-session-action = العملية
account-session-unknown = غير معروف
account-session-sign-out-this = تسجيل الخروج (هذا المتصفح)
account-session-sign-out = تسجيل الخروج
account-session-signed-out = تم تسجيل الخروج من الجلسة.

account-password-title = تغيير كلمة المرور
account-password-forced = عيّن مسؤول النظام كلمة مرور مؤقتة لحسابك. اختر كلمة مرور خاصة بك للمتابعة.
account-password-help = استخدم 12 حرفًا على الأقل؛ فبضع كلمات لا رابط بينها تصنع كلمة مرور قوية يسهل تذكّرها. ويؤدي تغيير كلمة المرور إلى تسجيل خروج حسابك من جميع المتصفحات الأخرى.
account-current-password = كلمة المرور الحالية
account-new-password = كلمة المرور الجديدة
account-confirm-password = تأكيد كلمة المرور الجديدة
account-password-submit = تغيير كلمة المرور
account-passwords-differ = كلمتا المرور الجديدتان غير متطابقتين؛ اكتب كلمة المرور نفسها مرتين.
account-password-unchanged = اختر كلمة مرور مختلفة عن كلمة المرور الحالية.
account-current-password-missing = أدخل كلمة المرور الحالية.
account-current-password-wrong = هذه ليست كلمة المرور الحالية.
account-password-changed = تم تغيير كلمة المرور، وسُجِّل الخروج من جميع الجلسات الأخرى لحسابك.

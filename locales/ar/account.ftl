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

## عامل المصادقة الثاني
account-mfa-heading = عامل المصادقة الثاني
account-mfa-on = يُطلب عند تسجيل الدخول رمز من تطبيق المصادقة إضافةً إلى كلمة المرور.
account-mfa-off = لا يُطلب عند تسجيل الدخول سوى كلمة المرور. أضف رمزًا من تطبيق مصادقة، كي لا تكون كلمة المرور المسروقة كافية.
account-mfa-manage = عامل المصادقة الثاني ورموز الاسترداد
account-mfa-set-up = إعداد عامل المصادقة الثاني
account-mfa-title = عامل المصادقة الثاني
account-mfa-required = تشترط هذه البوابة عامل مصادقة ثانيًا لحسابك. قم بإعداده الآن للمتابعة.
account-mfa-intro = تحتاج إلى تطبيق مصادقة على هاتفك، مثل FreeOTP أو Aegis أو Google Authenticator أو Microsoft Authenticator.
account-mfa-step-scan = في التطبيق، أضف حسابًا وامسح رمز QR هذا ضوئيًا.
account-mfa-step-type = أو، إن تعذّر عليك مسحه، اكتب هذا المفتاح في التطبيق (قائم على الوقت، ستة أرقام):
account-mfa-step-confirm = أدخل الرمز المكوّن من ستة أرقام الذي يعرضه التطبيق الآن لـ Liaison.
account-mfa-qr-label = رمز QR لإضافة حسابك في Liaison إلى تطبيق مصادقة
account-mfa-code-label = الرمز من التطبيق
account-mfa-confirm-submit = تفعيل عامل المصادقة الثاني
account-mfa-code-missing = أدخل الرمز الذي يعرضه التطبيق.
account-mfa-code-wrong = الرمز غير صحيح، أو سبق استخدامه. أدخل الرمز الذي يعرضه التطبيق الآن.
account-mfa-codes-heading = رموز الاسترداد الخاصة بك
account-mfa-codes-intro = عامل المصادقة الثاني مفعَّل. لا تُعرض رموز الاسترداد العشرة هذه إلا هذه المرة فقط.
account-mfa-codes-keep = يتيح لك كل رمز تسجيل الدخول مرة واحدة دون هاتفك. اطبعها أو احفظها في مدير كلمات المرور، بعيدًا عن هاتفك.
account-mfa-codes-done = حفظتُ رموز الاسترداد الخاصة بي
account-mfa-enrolled-since = عامل المصادقة الثاني مفعَّل لحسابك منذ { $date }.
account-mfa-codes-left = رموز الاسترداد غير المستخدَمة: { $left } من أصل { $total }.
account-mfa-renew-heading = رموز استرداد جديدة
account-mfa-renew-help = تحلّ المجموعة الجديدة محلّ القديمة، فتتوقف الرموز القديمة عن العمل. أدخل رمزًا من تطبيقك للتأكيد.
account-mfa-renew-submit = إصدار رموز استرداد جديدة
account-mfa-lost-phone = هل لديك هاتف جديد، أو فقدت هاتفك؟ يمكن لمسؤول النظام إعادة تعيين عامل المصادقة الثاني الخاص بك؛ ثم تعيد إعداده عند تسجيل الدخول التالي.

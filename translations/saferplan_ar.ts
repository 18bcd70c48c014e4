<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AnswerAdapter</name>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>لا أعرف بالتأكيد</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>بلا تاريخ</translation>
    </message>
</context>
<context>
    <name>AttachmentRow</name>
    <message>
        <source>See it larger</source>
        <translation>عرض بحجم أكبر</translation>
    </message>
    <message>
        <source>Name of the file</source>
        <translation>اسم الملف</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>إزالة الملف</translation>
    </message>
    <message>
        <source>A PDF file, kept safely in your plan. SaferPlan cannot show it.</source>
        <translation>ملف PDF محفوظ بأمان في خطتك. لا يستطيع SaferPlan عرضه.</translation>
    </message>
</context>
<context>
    <name>AttachmentView</name>
    <message>
        <source>Picture</source>
        <translation>صورة</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>This picture cannot be shown.</source>
        <translation>لا يمكن عرض هذه الصورة.</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>Bond person</source>
        <translation>الشخص الضامن</translation>
    </message>
    <message>
        <source>Immigration lawyer</source>
        <translation>محامي هجرة</translation>
    </message>
    <message>
        <source>Criminal lawyer</source>
        <translation>محامٍ جنائي</translation>
    </message>
    <message>
        <source>Family lawyer</source>
        <translation>محامي قانون الأسرة</translation>
    </message>
    <message>
        <source>Legal clinic</source>
        <translation>عيادة قانونية</translation>
    </message>
    <message>
        <source>Support worker</source>
        <translation>عامل الدعم</translation>
    </message>
    <message>
        <source>Has my key</source>
        <translation>لديه مفتاحي</translation>
    </message>
    <message>
        <source>Cares for my children</source>
        <translation>يرعى أطفالي</translation>
    </message>
    <message>
        <source>Cares for my pets</source>
        <translation>يرعى حيواناتي الأليفة</translation>
    </message>
    <message>
        <source>Release address</source>
        <translation>عنواني بعد الإفراج</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>جهة الاتصال في الطوارئ</translation>
    </message>
    <message>
        <source>Power of attorney</source>
        <translation>توكيل قانوني</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>شاهد</translation>
    </message>
    <message>
        <source>Safe place</source>
        <translation>مكان آمن</translation>
    </message>
    <message>
        <source>Other contacts</source>
        <translation>جهات اتصال أخرى</translation>
    </message>
    <message>
        <source>In an emergency, please contact</source>
        <translation>في حالة الطوارئ، يُرجى الاتصال بـ</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <source>Medication and medical needs</source>
        <translation>الأدوية والاحتياجات الطبية</translation>
    </message>
    <message>
        <source>Language / interpreter</source>
        <translation>اللغة / المترجم الفوري</translation>
    </message>
    <message>
        <source>This line is 5 cm long. If it is not, print again at 100 % (actual size).</source>
        <translation>طول هذا الخط 5 سم. إذا لم يكن كذلك، يُرجى إعادة الطباعة بنسبة 100 % (الحجم الفعلي).</translation>
    </message>
</context>
<context>
    <name>ConsentScreen</name>
    <message>
        <source>What SaferPlan keeps</source>
        <translation>ما يحفظه SaferPlan</translation>
    </message>
    <message>
        <source>Only what you type: your plans, the people and documents you add, and the numbers you want to learn. Write as little as you need. First names and your own words are fine.</source>
        <translation>ما تكتبه فقط: خططك، والأشخاص والمستندات التي تضيفها، والأرقام التي تريد حفظها. الأفضل كتابة أقل ما يلزم. الأسماء الأولى وكلماتك الخاصة تكفي.</translation>
    </message>
    <message>
        <source>Where it is kept</source>
        <translation>أين يُحفظ</translation>
    </message>
    <message>
        <source>In one file on this computer, locked with a passphrase you choose. Without the passphrase, or a recovery code if you make one, nobody can read it. Not us either: if you forget both, the plan cannot be opened again.</source>
        <translation>في ملف واحد على هذا الحاسوب، مقفل بعبارة مرور تختارها. بدون عبارة المرور، أو رمز الاسترداد إن أنشأته، لا يستطيع أحد قراءته. ولا نحن أيضًا: إذا نسيت الاثنين، فلن يمكن فتح الخطة مرة أخرى أبدًا.</translation>
    </message>
    <message>
        <source>Nothing is sent anywhere</source>
        <translation>لا يُرسَل أي شيء إلى أي مكان</translation>
    </message>
    <message>
        <source>SaferPlan never uses the internet. Nothing you write leaves this computer unless you print it or save a copy yourself.</source>
        <translation>لا يستخدم SaferPlan الإنترنت أبدًا. لا يخرج شيء مما تكتبه من هذا الحاسوب إلا إذا طبعته أو حفظت نسخة منه بنفسك.</translation>
    </message>
    <message>
        <source>You decide</source>
        <translation>القرار لك</translation>
    </message>
    <message>
        <source>Every question can be skipped, left for later, or marked as not for you. You can see everything you wrote, take a copy, and delete everything at any time.</source>
        <translation>يمكن تخطي أي سؤال، أو تركه لوقت لاحق، أو الإشارة إلى أنه لا ينطبق عليك. يمكنك رؤية كل ما كتبته، وأخذ نسخة منه، وحذف كل شيء في أي وقت.</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>الخروج السريع</translation>
    </message>
    <message>
        <source>The Hide button at the top is always there. Pressing Esc twice, or Shift three times, does the same. SaferPlan hides your plan at once, saves it, locks it and minimises or closes. To open it again you need your passphrase. After a few minutes without use it locks by itself.</source>
        <translation>زر «إخفاء» في الأعلى موجود دائمًا. الضغط على Esc مرتين، أو على Shift ثلاث مرات، يفعل الشيء نفسه. يُخفي SaferPlan خطتك فورًا، ويحفظها، ويقفلها، ثم يُصغّر النافذة أو يُغلقها. لفتحها من جديد تحتاج إلى عبارة المرور. وبعد بضع دقائق دون استخدام يُقفل من تلقاء نفسه.</translation>
    </message>
    <message>
        <source>What SaferPlan cannot protect against</source>
        <translation>ما لا يستطيع SaferPlan الحماية منه</translation>
    </message>
    <message>
        <source>It cannot keep you safe while the plan is open and someone is watching. It cannot stop spyware, a keylogger, or someone who controls this computer. It cannot hide that SaferPlan or a plan file is here: the file&apos;s size and date can be seen. It cannot help if someone forces you to tell them your passphrase. Deleted files may still be recoverable on some drives and USB sticks. Printouts and saved copies are not protected once they leave SaferPlan: keep them somewhere safe.</source>
        <translation>لا يستطيع حمايتك إذا كانت الخطة مفتوحة وكان أحد ينظر. لا يستطيع إيقاف برامج التجسس، أو برامج تسجيل ما تكتبه على لوحة المفاتيح، أو شخص يتحكم في هذا الحاسوب. لا يستطيع إخفاء وجود SaferPlan أو ملف خطة هنا: يمكن رؤية حجم الملف وتاريخه. لا يستطيع المساعدة إذا أجبرك أحد على قول عبارة المرور. قد يمكن استرجاع الملفات المحذوفة على بعض الأقراص وذواكر USB. النسخ المطبوعة والنسخ المحفوظة لا تبقى محمية بعد خروجها من SaferPlan: يُستحسن حفظها في مكان آمن.</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>قبل أن تبدأ</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
</context>
<context>
    <name>CreateScreen</name>
    <message>
        <source>Choose a passphrase</source>
        <translation>اختيار عبارة المرور</translation>
    </message>
    <message>
        <source>Also make a recovery code</source>
        <translation>إنشاء رمز استرداد أيضًا</translation>
    </message>
    <message>
        <source>A recovery code opens the plan if you forget your passphrase. It is shown once, for you to write down. Anyone who finds it can open your plan too, so keep it somewhere safe, away from this computer. Without a code, a forgotten passphrase means the plan cannot be opened again.</source>
        <translation>رمز الاسترداد يفتح الخطة إذا نسيت عبارة المرور. يظهر مرة واحدة فقط لتكتبه. أي شخص يجده يستطيع فتح خطتك أيضًا، لذا يجب حفظه في مكان آمن بعيدًا عن هذا الحاسوب. بدون رمز، إذا نسيت عبارة المرور فلن يمكن فتح الخطة مرة أخرى.</translation>
    </message>
    <message>
        <source>Locking your new plan. This takes a moment.</source>
        <translation>جارٍ قفل خطتك الجديدة. يستغرق هذا لحظة.</translation>
    </message>
    <message>
        <source>Create my plan</source>
        <translation>إنشاء خطتي</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>The plan could not be created. Nothing was saved.</source>
        <translation>تعذّر إنشاء الخطة. لم يُحفظ أي شيء.</translation>
    </message>
</context>
<context>
    <name>DirectoryWidget</name>
    <message>
        <source>Places that can help</source>
        <translation>أماكن يمكنها المساعدة</translation>
    </message>
    <message>
        <source>Back to home</source>
        <translation>العودة إلى الرئيسية</translation>
    </message>
    <message>
        <source>As listed in {date} — check before relying on it.</source>
        <translation>حسب القائمة في {date}. يُرجى التحقق منها قبل الاعتماد عليها.</translation>
    </message>
    <message>
        <source>Nothing matches. Try fewer letters or another category.</source>
        <translation>لا توجد نتائج. يمكنك تجربة أحرف أقل أو فئة أخرى.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>All kinds of help</source>
        <translation>كل أنواع المساعدة</translation>
    </message>
    <message>
        <source>Search by name, number or what they offer</source>
        <translation>البحث بالاسم أو الرقم أو نوع المساعدة</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>From the guide&apos;s list, {date} — check before relying on it.</source>
        <translation>من قائمة الدليل، {date}. يُرجى التحقق منها قبل الاعتماد عليها.</translation>
    </message>
</context>
<context>
    <name>DocumentAdapter</name>
    <message>
        <source>No documents in your list yet.</source>
        <translation>لا توجد مستندات في قائمتك بعد.</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>إضافة مستند</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>ما هو</translation>
    </message>
    <message>
        <source>Where it is kept</source>
        <translation>أين يُحفظ</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
</context>
<context>
    <name>DocumentEditor</name>
    <message>
        <source>What it is</source>
        <translation>ما هو</translation>
    </message>
    <message>
        <source>Where it is kept</source>
        <translation>أين يُحفظ</translation>
    </message>
    <message>
        <source>Who has a copy</source>
        <translation>مَن لديه نسخة</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>لا أحد</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(بلا اسم بعد)</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Passport</source>
        <translation>جواز السفر</translation>
    </message>
    <message>
        <source>ID card</source>
        <translation>بطاقة الهوية</translation>
    </message>
    <message>
        <source>Children&apos;s documents</source>
        <translation>مستندات الأطفال</translation>
    </message>
    <message>
        <source>Immigration papers</source>
        <translation>أوراق الهجرة</translation>
    </message>
    <message>
        <source>Birth certificate</source>
        <translation>شهادة الميلاد</translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation>البطاقة المصرفية</translation>
    </message>
    <message>
        <source>Health card</source>
        <translation>البطاقة الصحية</translation>
    </message>
    <message>
        <source>Medication list</source>
        <translation>قائمة الأدوية</translation>
    </message>
    <message>
        <source>Lease or rental papers</source>
        <translation>عقد الإيجار أو أوراق السكن</translation>
    </message>
    <message>
        <source>Court papers</source>
        <translation>أوراق المحكمة</translation>
    </message>
</context>
<context>
    <name>DocumentsWidget</name>
    <message>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <source>Back to home</source>
        <translation>العودة إلى الرئيسية</translation>
    </message>
    <message>
        <source>Discreet words are fine: “the blue box” works as well as “passport at Lan&apos;s”.</source>
        <translation>الكلمات غير الواضحة للآخرين مناسبة: «الصندوق الأزرق» تفي بالغرض مثل «الجواز عند لان».</translation>
    </message>
    <message>
        <source>No documents in your list yet.</source>
        <translation>لا توجد مستندات في قائمتك بعد.</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>إضافة مستند</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>(not named yet)</source>
        <translation>(بلا اسم بعد)</translation>
    </message>
    <message>
        <source>this document</source>
        <translation>هذا المستند</translation>
    </message>
    <message>
        <source>Remove a document</source>
        <translation>إزالة مستند</translation>
    </message>
    <message>
        <source>Remove {what} from your list?</source>
        <translation>إزالة {what} من قائمتك؟</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>إبقاء</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>Where</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ما حدث</translation>
    </message>
    <message>
        <source>Write as much or as little as you like.</source>
        <translation>يمكن الكتابة بالقدر الذي يناسبك، قليلًا أو كثيرًا.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Add a time</source>
        <translation>إضافة الوقت</translation>
    </message>
    <message>
        <source>Who was there (optional)</source>
        <translation>مَن كان هناك (اختياري)</translation>
    </message>
    <message>
        <source>People you add under People can be chosen here.</source>
        <translation>يمكن هنا اختيار الأشخاص المضافين في قسم «الأشخاص».</translation>
    </message>
    <message>
        <source>Who was there</source>
        <translation>مَن كان هناك</translation>
    </message>
    <message>
        <source>Photos and files</source>
        <translation>الصور والملفات</translation>
    </message>
    <message>
        <source>Add a photo or screenshot…</source>
        <translation>إضافة صورة أو لقطة شاشة…</translation>
    </message>
    <message>
        <source>Add a photo or screenshot</source>
        <translation>إضافة صورة أو لقطة شاشة</translation>
    </message>
    <message>
        <source>First written as: {when}. Choosing a date here replaces it.</source>
        <translation>كُتب أولًا هكذا: {when}. اختيار تاريخ هنا يحلّ محلّه.</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(بلا اسم بعد)</translation>
    </message>
    <message>
        <source>The file is kept in your plan, and the original was deleted.</source>
        <translation>الملف محفوظ في خطتك، وحُذف الملف الأصلي.</translation>
    </message>
    <message>
        <source>The file is kept in your plan. The original is still there.</source>
        <translation>الملف محفوظ في خطتك. الملف الأصلي ما زال موجودًا.</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>إزالة الملف</translation>
    </message>
    <message>
        <source>Remove this file from the entry? It will no longer be kept in your plan.</source>
        <translation>إزالة هذا الملف من التدوينة؟ لن يبقى محفوظًا في خطتك بعد ذلك.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>إبقاء</translation>
    </message>
</context>
<context>
    <name>ErrorReport</name>
    <message>
        <source>Something went wrong</source>
        <translation>حدثت مشكلة</translation>
    </message>
    <message>
        <source>Something went wrong inside SaferPlan. Your plan is safe in its locked file; you may want to lock and reopen it.</source>
        <translation>حدثت مشكلة داخل SaferPlan. خطتك في أمان داخل ملفها المقفل. يمكنك قفلها ثم فتحها من جديد إن أردت.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>There is not enough room on the card. Choose fewer people or leave out the medication line.</source>
        <translation>لا توجد مساحة كافية على البطاقة. يُرجى اختيار عدد أقل من الأشخاص أو ترك سطر الأدوية.</translation>
    </message>
    <message>
        <source>There is not enough room on the card. Choose fewer people.</source>
        <translation>لا توجد مساحة كافية على البطاقة. يُرجى اختيار عدد أقل من الأشخاص.</translation>
    </message>
    <message>
        <source>Some text cannot be printed because no font for {script} is installed. Install a font for {script}, for example the {font} font (on Debian or Ubuntu: the {package} package), then try again.</source>
        <translation>تعذّرت طباعة بعض النص لأنه لا يوجد خط مثبّت لكتابة {script}. يُرجى تثبيت خط لكتابة {script}، مثل خط {font} (في Debian أو Ubuntu: الحزمة {package})، ثم المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>Some of the chosen entries are no longer in the plan. Please choose again.</source>
        <translation>بعض التدوينات المختارة لم تعد موجودة في الخطة. يُرجى الاختيار من جديد.</translation>
    </message>
    <message>
        <source>Printing needs the graphical part of SaferPlan. Please try again.</source>
        <translation>تحتاج الطباعة إلى الجزء الرسومي من SaferPlan. يُرجى المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is ready, then try again.</source>
        <translation>تعذّر تشغيل الطابعة. يُرجى التأكد من أنها جاهزة، ثم المحاولة مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>FolderChooser</name>
    <message>
        <source>Places</source>
        <translation>الأماكن</translation>
    </message>
    <message>
        <source>Home folder</source>
        <translation>المجلد الشخصي</translation>
    </message>
</context>
<context>
    <name>Guest</name>
    <message>
        <source>Save a locked file to a folder or USB stick</source>
        <translation>حفظ ملف مقفل في مجلد أو على ذاكرة USB</translation>
    </message>
    <message>
        <source>Print it</source>
        <translation>طباعة الخطة</translation>
    </message>
    <message>
        <source>Take nothing and forget it all</source>
        <translation>عدم أخذ أي شيء ونسيان كل شيء</translation>
    </message>
    <message>
        <source>Finish guest session</source>
        <translation>إنهاء جلسة الضيف</translation>
    </message>
    <message>
        <source>Nothing from this session stays on this computer. What would you like to take with you?</source>
        <translation>لا يبقى أي شيء من هذه الجلسة على هذا الحاسوب. ماذا تودّ أن تأخذ معك؟</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <source>Open Print from the home screen first, then finish the session.</source>
        <translation>يُرجى أولًا فتح «طباعة نسخة أو حفظها» من الشاشة الرئيسية، ثم إنهاء الجلسة.</translation>
    </message>
    <message>
        <source>Forget everything</source>
        <translation>نسيان كل شيء</translation>
    </message>
    <message>
        <source>Forget everything from this session? It cannot be brought back.</source>
        <translation>نسيان كل ما في هذه الجلسة؟ لا يمكن استرجاعه بعد ذلك.</translation>
    </message>
    <message>
        <source>Forget it all</source>
        <translation>نسيان كل شيء</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Where to save</source>
        <translation>مكان الحفظ</translation>
    </message>
    <message>
        <source>Choose a folder, for example on your own USB stick. The file is locked with a passphrase and has a neutral name.</source>
        <translation>يُرجى اختيار مجلد، مثلًا على ذاكرة USB الخاصة بك. الملف مقفل بعبارة مرور، واسمه محايد.</translation>
    </message>
    <message>
        <source>Lock the file</source>
        <translation>قفل الملف</translation>
    </message>
    <message>
        <source>Choose a passphrase for this file. You will need it to open the plan again.</source>
        <translation>يُرجى اختيار عبارة مرور لهذا الملف. ستلزمك لفتح الخطة مرة أخرى.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>تم الحفظ</translation>
    </message>
    <message>
        <source>Saved as %1 in %2. Take the USB stick with you.</source>
        <translation>حُفظ باسم %1 في %2. يُرجى أخذ ذاكرة USB معك.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <source>Saving a locked copy. This takes a moment.</source>
        <translation>جارٍ حفظ نسخة مقفلة. يستغرق هذا لحظة.</translation>
    </message>
    <message>
        <source>The file could not be written. Nothing was saved there.</source>
        <translation>تعذّرت كتابة الملف. لم يُحفظ أي شيء هناك.</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <source>Safety plan</source>
        <translation>خطة السلامة</translation>
    </message>
    <message>
        <source>Add a safety plan</source>
        <translation>إضافة خطة سلامة</translation>
    </message>
    <message>
        <source>Release plan</source>
        <translation>خطة الإفراج</translation>
    </message>
    <message>
        <source>Add a release plan</source>
        <translation>إضافة خطة إفراج</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <source>Organisations that can help</source>
        <translation>منظمات يمكنها المساعدة</translation>
    </message>
    <message>
        <source>Numbers to learn by heart</source>
        <translation>أرقام للحفظ عن ظهر قلب</translation>
    </message>
    <message>
        <source>Private record</source>
        <translation>السجل الخاص</translation>
    </message>
    <message>
        <source>Print or save a copy</source>
        <translation>طباعة نسخة أو حفظها</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>1 number to practise</source>
        <translation>رقم واحد للتمرين</translation>
    </message>
    <message numerus="yes">
        <source>%n numbers to practise</source>
        <translation>
            <numerusform>أرقام للتمرين: %n</numerusform>
            <numerusform>رقم للتمرين: %n</numerusform>
            <numerusform>أرقام للتمرين: %n</numerusform>
            <numerusform>أرقام للتمرين: %n</numerusform>
            <numerusform>أرقام للتمرين: %n</numerusform>
            <numerusform>أرقام للتمرين: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>خطة جديدة</translation>
    </message>
    <message>
        <source>Give this plan a name. Choose words that mean something to you, and little to anyone else.</source>
        <translation>يمكنك إعطاء هذه الخطة اسمًا. الأفضل كلمات تعني لك شيئًا، ولا تعني الكثير لغيرك.</translation>
    </message>
    <message>
        <source>Rename plan</source>
        <translation>إعادة تسمية الخطة</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>الاسم الجديد</translation>
    </message>
    <message>
        <source>Delete plan</source>
        <translation>حذف الخطة</translation>
    </message>
    <message>
        <source>Delete this plan and all its answers? People and documents stay. This cannot be undone.</source>
        <translation>حذف هذه الخطة وكل إجاباتها؟ يبقى الأشخاص والمستندات. لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>إبقاؤها</translation>
    </message>
    <message>
        <source>Sample plan — nothing is saved.</source>
        <translation>خطة نموذجية — لا يُحفظ أي شيء.</translation>
    </message>
    <message>
        <source>Guest session — nothing is saved on this computer. When you finish, you choose what to take with you.</source>
        <translation>جلسة ضيف — لا يُحفظ أي شيء على هذا الحاسوب. عند الانتهاء، تختار ما تأخذه معك.</translation>
    </message>
    <message>
        <source>Finish guest session</source>
        <translation>إنهاء جلسة الضيف</translation>
    </message>
    <message>
        <source>Your plans</source>
        <translation>خططك</translation>
    </message>
    <message>
        <source>No plans yet. A safety plan helps if you are at risk of violence. A release plan helps if you could be detained. You can have several.</source>
        <translation>لا توجد خطط بعد. خطة السلامة تساعد عند وجود خطر عنف. خطة الإفراج تساعد عند وجود خطر احتجاز. يمكن أن تكون لديك عدة خطط.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>إعادة تسمية</translation>
    </message>
    <message>
        <source>Shared by all plans</source>
        <translation>مشتركة بين كل الخطط</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Before you start: privacy and limits</source>
        <translation>قبل أن تبدأ: الخصوصية والحدود</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Hide</source>
        <translation>إخفاء</translation>
    </message>
    <message>
        <source>Hides everything at once and locks the plan. Esc twice does the same.</source>
        <translation>يُخفي كل شيء فورًا ويقفل الخطة. الضغط على Esc مرتين يفعل الشيء نفسه.</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>قفل</translation>
    </message>
    <message>
        <source>Open a plan file</source>
        <translation>فتح ملف خطة</translation>
    </message>
    <message>
        <source>Choose the plan file, for example on your USB stick.</source>
        <translation>يُرجى اختيار ملف الخطة، مثلًا على ذاكرة USB الخاصة بك.</translation>
    </message>
    <message>
        <source>Backup opened</source>
        <translation>تم فتح النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>The backup copy opened. Your changes will be saved to the plan file again.</source>
        <translation>تم فتح النسخة الاحتياطية. ستُحفظ تغييراتك في ملف الخطة من جديد.</translation>
    </message>
    <message>
        <source>Your changes are back</source>
        <translation>عادت تغييراتك</translation>
    </message>
    <message>
        <source>Your last changes could not be saved before the plan was locked. They are back now. SaferPlan will try to save them again.</source>
        <translation>تعذّر حفظ تغييراتك الأخيرة قبل قفل الخطة. وقد عادت الآن. سيحاول SaferPlan حفظها مرة أخرى.</translation>
    </message>
    <message>
        <source>Changes not kept</source>
        <translation>تعذّر الاحتفاظ بالتغييرات</translation>
    </message>
    <message>
        <source>Your last changes could not be saved before the plan was locked, and they could not be kept. The plan is as it was last saved.</source>
        <translation>تعذّر حفظ تغييراتك الأخيرة قبل قفل الخطة، وتعذّر الاحتفاظ بها. الخطة كما حُفظت آخر مرة.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <source>Your last change could not be saved: %1 It is still here. Please try again in a moment.</source>
        <translation>تعذّر حفظ آخر تغيير أجريته: %1 ما زال موجودًا هنا. يُرجى المحاولة مرة أخرى بعد لحظة.</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>لم تُحفظ الإعدادات</translation>
    </message>
    <message>
        <source>Your settings work now but could not be kept for next time.</source>
        <translation>إعداداتك تعمل الآن، لكن تعذّر الاحتفاظ بها للمرة القادمة.</translation>
    </message>
    <message>
        <source>Your plan was locked.</source>
        <translation>تم قفل خطتك.</translation>
    </message>
    <message>
        <source>Your last changes are not saved</source>
        <translation>تغييراتك الأخيرة غير محفوظة</translation>
    </message>
    <message>
        <source>SaferPlan could not save your last changes. If you close now, they are lost. You can stay, check the folder or the USB stick, and try again.</source>
        <translation>تعذّر على SaferPlan حفظ تغييراتك الأخيرة. إذا أغلقت الآن، فستضيع هذه التغييرات. يمكنك البقاء، والتحقق من المجلد أو ذاكرة USB، ثم المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>Close anyway</source>
        <translation>إغلاق على أي حال</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>البقاء</translation>
    </message>
</context>
<context>
    <name>OptionsPanel</name>
    <message>
        <source>The two passwords are not the same yet.</source>
        <translation>كلمتا المرور غير متطابقتين بعد.</translation>
    </message>
    <message>
        <source>What to print</source>
        <translation>اختيار ما يُطبع</translation>
    </message>
    <message>
        <source>The whole plan</source>
        <translation>الخطة كاملة</translation>
    </message>
    <message>
        <source>The wallet card</source>
        <translation>بطاقة المحفظة</translation>
    </message>
    <message>
        <source>People on the card</source>
        <translation>الأشخاص على البطاقة</translation>
    </message>
    <message>
        <source>No people yet. People you add under People can go on the card.</source>
        <translation>لا يوجد أشخاص بعد. يمكن وضع الأشخاص المضافين في قسم «الأشخاص» على البطاقة.</translation>
    </message>
    <message>
        <source>Include the medication line</source>
        <translation>إضافة سطر الأدوية</translation>
    </message>
    <message>
        <source>Include the language and interpreter line</source>
        <translation>إضافة سطر اللغة والمترجم الفوري</translation>
    </message>
    <message>
        <source>Discreet</source>
        <translation>وضع التكتّم</translation>
    </message>
    <message>
        <source>Neutral headings, names and numbers only.</source>
        <translation>عناوين محايدة، وأسماء وأرقام فقط.</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>الورق</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Language of the headings</source>
        <translation>لغة العناوين</translation>
    </message>
    <message>
        <source>Password (optional)</source>
        <translation>كلمة المرور (اختيارية)</translation>
    </message>
    <message>
        <source>Only for saving a file. Anyone who wants to open the PDF will need it. SaferPlan cannot recover it.</source>
        <translation>لحفظ ملف فقط. سيحتاج إليها كل من يريد فتح ملف PDF. لا يستطيع SaferPlan استرجاعها.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>PDF password</source>
        <translation>كلمة مرور ملف PDF</translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation>كلمة المرور نفسها مرة أخرى</translation>
    </message>
    <message>
        <source>PDF password again</source>
        <translation>كلمة مرور ملف PDF مرة أخرى</translation>
    </message>
</context>
<context>
    <name>OrganisationCard</name>
    <message>
        <source>Role for {name}</source>
        <translation>دور {name}</translation>
    </message>
    <message>
        <source>No role</source>
        <translation>بلا دور</translation>
    </message>
    <message>
        <source>Add to my people</source>
        <translation>إضافة إلى قائمة أشخاصي</translation>
    </message>
    <message>
        <source>Add {name} to my people</source>
        <translation>إضافة {name} إلى قائمة أشخاصي</translation>
    </message>
    <message>
        <source>Added to your people. You can change it there.</source>
        <translation>تمت الإضافة إلى قائمة أشخاصك. يمكنك تعديلها هناك.</translation>
    </message>
</context>
<context>
    <name>PassphraseForm</name>
    <message>
        <source>A few unrelated words you can remember make a strong passphrase, for example four words from different parts of your life. Do not use a name or a date someone could guess.</source>
        <translation>بضع كلمات لا علاقة بينها وتستطيع تذكّرها تصنع عبارة مرور قوية، مثلًا أربع كلمات من أجزاء مختلفة من حياتك. من الأفضل عدم استخدام اسم أو تاريخ يمكن لأحد تخمينه.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>عبارة المرور نفسها مرة أخرى</translation>
    </message>
    <message>
        <source>Too short: use at least %1 characters.</source>
        <translation>قصيرة جدًا: يلزم ألا يقل عدد الأحرف عن %1.</translation>
    </message>
    <message>
        <source>Fair. Adding another word or two makes it much stronger.</source>
        <translation>مقبولة. إضافة كلمة أو كلمتين تجعلها أقوى بكثير.</translation>
    </message>
    <message>
        <source>Good. One more word makes it stronger still.</source>
        <translation>جيدة. كلمة أخرى تجعلها أقوى.</translation>
    </message>
    <message>
        <source>Strong: long, with several words.</source>
        <translation>قوية: طويلة، وفيها عدة كلمات.</translation>
    </message>
    <message>
        <source>Please choose a passphrase of at least %1 characters.</source>
        <translation>يُرجى اختيار عبارة مرور لا يقل عدد أحرفها عن %1.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Please type them again.</source>
        <translation>عبارتا المرور غير متطابقتين. يُرجى كتابتهما مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>PausedScreen</name>
    <message>
        <source>Paused</source>
        <translation>متوقف مؤقتًا</translation>
    </message>
    <message>
        <source>This session was hidden after a few minutes without use.</source>
        <translation>أُخفيت هذه الجلسة بعد بضع دقائق دون استخدام.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
</context>
<context>
    <name>PeopleWidget</name>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Back to home</source>
        <translation>العودة إلى الرئيسية</translation>
    </message>
    <message>
        <source>First names or nicknames are enough. Add only what your plan needs.</source>
        <translation>الأسماء الأولى أو الألقاب تكفي. يكفي إضافة ما تحتاجه خطتك فقط.</translation>
    </message>
    <message>
        <source>No one in your list yet.</source>
        <translation>لا يوجد أحد في قائمتك بعد.</translation>
    </message>
    <message>
        <source>Add someone</source>
        <translation>إضافة شخص</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(بلا اسم بعد)</translation>
    </message>
    <message>
        <source>this person</source>
        <translation>هذا الشخص</translation>
    </message>
    <message>
        <source>Remove someone</source>
        <translation>إزالة شخص</translation>
    </message>
    <message>
        <source>Remove {name} from your plan? They will also be taken out of your answers.</source>
        <translation>إزالة {name} من خطتك؟ وسيُزال هذا الشخص أيضًا من إجاباتك.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>إبقاء</translation>
    </message>
</context>
<context>
    <name>PersonAdapter</name>
    <message>
        <source>No one in your list yet.</source>
        <translation>لا يوجد أحد في قائمتك بعد.</translation>
    </message>
    <message>
        <source>Add someone</source>
        <translation>إضافة شخص</translation>
    </message>
    <message>
        <source>Name or nickname</source>
        <translation>الاسم أو اللقب</translation>
    </message>
    <message>
        <source>Phone (if you want)</source>
        <translation>الهاتف (إن أردت)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>I want to know this number by heart</source>
        <translation>أريد أن أحفظ هذا الرقم عن ظهر قلب</translation>
    </message>
    <message>
        <source>What they could do for me</source>
        <translation>ما يمكن أن يقدّمه لي هذا الشخص</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
</context>
<context>
    <name>PlanPdf</name>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>لا أعرف بالتأكيد</translation>
    </message>
    <message>
        <source>No one added yet.</source>
        <translation>لم يُضَف أحد بعد.</translation>
    </message>
    <message>
        <source>Nothing added yet.</source>
        <translation>لم يُضَف شيء بعد.</translation>
    </message>
    <message>
        <source>A copy is with {name}.</source>
        <translation>توجد نسخة لدى {name}.</translation>
    </message>
    <message>
        <source>Still to think about</source>
        <translation>أمور للتفكير فيها لاحقًا</translation>
    </message>
    <message>
        <source>My plan</source>
        <translation>خطتي</translation>
    </message>
    <message>
        <source>Bond persons</source>
        <translation>الأشخاص الضامنون</translation>
    </message>
    <message>
        <source>Numbers to know by heart</source>
        <translation>أرقام للحفظ عن ظهر قلب</translation>
    </message>
    <message>
        <source>Where my documents are</source>
        <translation>أين توجد مستنداتي</translation>
    </message>
    <message>
        <source>Lawyers and legal help</source>
        <translation>المحامون والمساعدة القانونية</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>صفحة {page} من {count}</translation>
    </message>
</context>
<context>
    <name>PlanWalkWidget</name>
    <message>
        <source>Not saved on this computer</source>
        <translation>غير محفوظ على هذا الحاسوب</translation>
    </message>
    <message>
        <source>Back to home</source>
        <translation>العودة إلى الرئيسية</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation>تخطٍّ مؤقتًا</translation>
    </message>
    <message>
        <source>Doesn&apos;t apply</source>
        <translation>لا ينطبق</translation>
    </message>
    <message>
        <source>Talk about it later</source>
        <translation>الحديث عنه لاحقًا</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Finish for now</source>
        <translation>التوقف الآن</translation>
    </message>
    <message>
        <source>Next section</source>
        <translation>القسم التالي</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>تم الحفظ</translation>
    </message>
    <message>
        <source>Could not save just now — your answers are still here. {message}</source>
        <translation>تعذّر الحفظ الآن — إجاباتك ما زالت هنا. {message}</translation>
    </message>
</context>
<context>
    <name>PracticeWidget</name>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Numbers by heart</source>
        <translation>الأرقام عن ظهر قلب</translation>
    </message>
    <message>
        <source>No numbers to learn yet</source>
        <translation>لا توجد أرقام للحفظ بعد</translation>
    </message>
    <message>
        <source>Your phone may be taken away from you. Knowing a few numbers by heart helps.

To choose a number to learn, go to People, open someone who has a phone number, and tick “I want to know this number by heart”.</source>
        <translation>قد يُؤخذ منك هاتفك. حفظ بعض الأرقام عن ظهر قلب يساعد.

لاختيار رقم للحفظ، يمكنك فتح «الأشخاص»، ثم فتح شخص لديه رقم هاتف، ووضع علامة على «أريد أن أحفظ هذا الرقم عن ظهر قلب».</translation>
    </message>
    <message>
        <source>Known by heart</source>
        <translation>محفوظ عن ظهر قلب</translation>
    </message>
    <message>
        <source>Hide roles</source>
        <translation>إخفاء الأدوار</translation>
    </message>
    <message>
        <source>Type the number from memory. Spaces and dashes do not matter.</source>
        <translation>يُكتب الرقم من الذاكرة. المسافات والشرطات لا تهم.</translation>
    </message>
    <message>
        <source>The number, from memory</source>
        <translation>الرقم، من الذاكرة</translation>
    </message>
    <message>
        <source>Type the number</source>
        <translation>كتابة الرقم</translation>
    </message>
    <message>
        <source>Show a hint</source>
        <translation>إظهار تلميح</translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation>تخطٍّ مؤقتًا</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>✓ right   ✗ different digit   ? missing digit   + extra digit</source>
        <translation>✓ صحيح   ✗ رقم مختلف   ? رقم ناقص   + رقم زائد</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>All done for today</source>
        <translation>انتهى تمرين اليوم</translation>
    </message>
    <message>
        <source>Practise all numbers again</source>
        <translation>التمرين على كل الأرقام من جديد</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(بلا اسم)</translation>
    </message>
    <message>
        <source>{done} of {total} done today</source>
        <translation>{done} من {total} اليوم</translation>
    </message>
    <message numerus="yes">
        <source>Numbers you know by heart: %n</source>
        <translation>
            <numerusform>أرقام تحفظها عن ظهر قلب: %n</numerusform>
            <numerusform>أرقام تحفظها عن ظهر قلب: %n</numerusform>
            <numerusform>أرقام تحفظها عن ظهر قلب: %n</numerusform>
            <numerusform>أرقام تحفظها عن ظهر قلب: %n</numerusform>
            <numerusform>أرقام تحفظها عن ظهر قلب: %n</numerusform>
            <numerusform>أرقام تحفظها عن ظهر قلب: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Days until the next practice: %n</source>
        <translation>
            <numerusform>أيام حتى التمرين القادم: %n</numerusform>
            <numerusform>أيام حتى التمرين القادم: %n</numerusform>
            <numerusform>أيام حتى التمرين القادم: %n</numerusform>
            <numerusform>أيام حتى التمرين القادم: %n</numerusform>
            <numerusform>أيام حتى التمرين القادم: %n</numerusform>
            <numerusform>أيام حتى التمرين القادم: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>You can practise again today.</source>
        <translation>يمكنك التمرين مرة أخرى اليوم.</translation>
    </message>
    <message>
        <source>Hint: {hint}</source>
        <translation>تلميح: {hint}</translation>
    </message>
    <message>
        <source>Right, with a hint. It will come back once more without one.</source>
        <translation>صحيح، مع تلميح. سيعود مرة أخرى بدون تلميح.</translation>
    </message>
    <message>
        <source>That is right.</source>
        <translation>هذا صحيح.</translation>
    </message>
    <message>
        <source>Not quite. Here is the number. It will come back later.</source>
        <translation>ليس تمامًا. هذا هو الرقم. سيعود لاحقًا.</translation>
    </message>
    <message>
        <source>The number:</source>
        <translation>الرقم:</translation>
    </message>
    <message>
        <source>To call this number from Canada, you also need its country code, +{code}.</source>
        <translation>للاتصال بهذا الرقم من كندا، يلزم أيضًا رمز البلد، +{code}.</translation>
    </message>
    <message numerus="yes">
        <source>Different digits: %n</source>
        <translation>
            <numerusform>أرقام مختلفة: %n</numerusform>
            <numerusform>أرقام مختلفة: %n</numerusform>
            <numerusform>أرقام مختلفة: %n</numerusform>
            <numerusform>أرقام مختلفة: %n</numerusform>
            <numerusform>أرقام مختلفة: %n</numerusform>
            <numerusform>أرقام مختلفة: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Missing digits: %n</source>
        <translation>
            <numerusform>أرقام ناقصة: %n</numerusform>
            <numerusform>أرقام ناقصة: %n</numerusform>
            <numerusform>أرقام ناقصة: %n</numerusform>
            <numerusform>أرقام ناقصة: %n</numerusform>
            <numerusform>أرقام ناقصة: %n</numerusform>
            <numerusform>أرقام ناقصة: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extra digits: %n</source>
        <translation>
            <numerusform>أرقام زائدة: %n</numerusform>
            <numerusform>أرقام زائدة: %n</numerusform>
            <numerusform>أرقام زائدة: %n</numerusform>
            <numerusform>أرقام زائدة: %n</numerusform>
            <numerusform>أرقام زائدة: %n</numerusform>
            <numerusform>أرقام زائدة: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintScreen</name>
    <message>
        <source>The preview could not be made. Please try other choices, or try again later.</source>
        <translation>تعذّر إنشاء المعاينة. يُرجى تجربة خيارات أخرى، أو المحاولة مرة أخرى لاحقًا.</translation>
    </message>
    <message>
        <source>Preview, page %1 of %2</source>
        <translation>معاينة، صفحة %1 من %2</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <source>Preview: one sheet of cards. Cut along the lines, fold in the middle.</source>
        <translation>معاينة: ورقة واحدة من البطاقات. القصّ على طول الخطوط، ثم الطيّ من المنتصف.</translation>
    </message>
    <message>
        <source>Preview: 1 page</source>
        <translation>معاينة: صفحة واحدة</translation>
    </message>
    <message numerus="yes">
        <source>Preview: %n pages</source>
        <translation>
            <numerusform>معاينة: عدد الصفحات %n</numerusform>
            <numerusform>معاينة: عدد الصفحات %n</numerusform>
            <numerusform>معاينة: عدد الصفحات %n</numerusform>
            <numerusform>معاينة: عدد الصفحات %n</numerusform>
            <numerusform>معاينة: عدد الصفحات %n</numerusform>
            <numerusform>معاينة: عدد الصفحات %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The PDF will ask for this password when it is opened.</source>
        <translation>سيطلب ملف PDF كلمة المرور هذه عند فتحه.</translation>
    </message>
    <message>
        <source>A PDF file is not locked by SaferPlan. Anyone who opens this computer or the stick can read it, unless you add a password.</source>
        <translation>لا يقفل SaferPlan ملفات PDF. يمكن لأي شخص يفتح هذا الحاسوب أو ذاكرة USB قراءة الملف، إلا إذا أضفت كلمة مرور.</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>حُفظ باسم %1</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>أُرسل إلى الطابعة.</translation>
    </message>
    <message>
        <source>Print or save a copy</source>
        <translation>طباعة نسخة أو حفظها</translation>
    </message>
    <message>
        <source>Back to home</source>
        <translation>العودة إلى الرئيسية</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>حفظ بصيغة PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <source>Printing: the computer may keep a copy in its print queue for a while.</source>
        <translation>الطباعة: قد يحتفظ الحاسوب بنسخة في قائمة انتظار الطباعة لبعض الوقت.</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>اسم الملف</translation>
    </message>
    <message>
        <source>Name of the PDF file. A name that says little about what is inside is safer.</source>
        <translation>اسم ملف PDF. الاسم الذي لا يكشف الكثير عن محتواه أكثر أمانًا.</translation>
    </message>
    <message>
        <source>Where to save the PDF</source>
        <translation>مكان حفظ ملف PDF</translation>
    </message>
    <message>
        <source>Choose a folder, for example on your own USB stick.</source>
        <translation>يُرجى اختيار مجلد، مثلًا على ذاكرة USB الخاصة بك.</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>استبدال الملف؟</translation>
    </message>
    <message>
        <source>There is already a file called %1 in this folder. Replace it?</source>
        <translation>يوجد بالفعل ملف باسم %1 في هذا المجلد. استبداله؟</translation>
    </message>
    <message>
        <source>Replace it</source>
        <translation>استبداله</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>إبقاؤه</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <source>Before you print</source>
        <translation>قبل الطباعة</translation>
    </message>
    <message>
        <source>Printers and print queues may keep a copy of what you print on this computer for a while. Discreet mode prints less. Print now?</source>
        <translation>قد تحتفظ الطابعات وقوائم انتظار الطباعة على هذا الحاسوب بنسخة مما تطبعه لبعض الوقت. وضع التكتّم يطبع معلومات أقل. الطباعة الآن؟</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>ليس الآن</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>لم تتم الطباعة</translation>
    </message>
    <message>
        <source>SaferPlan prints only on a printer. To keep a copy as a file, use Save as PDF: it can protect the file with a password.</source>
        <translation>يطبع SaferPlan على الطابعة فقط. للاحتفاظ بنسخة في ملف، يمكنك استخدام «حفظ بصيغة PDF»: فهو يتيح حماية الملف بكلمة مرور.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;نعم</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;لا</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <source>For example:
{examples}</source>
        <translation>مثلًا:
{examples}</translation>
    </message>
    <message>
        <source>You skipped this for now.</source>
        <translation>تخطيت هذا السؤال مؤقتًا.</translation>
    </message>
    <message>
        <source>You said this does not apply.</source>
        <translation>قلت إن هذا لا ينطبق.</translation>
    </message>
    <message>
        <source>You wanted to talk about this later.</source>
        <translation>أردت الحديث عن هذا لاحقًا.</translation>
    </message>
</context>
<context>
    <name>RecordPdf</name>
    <message>
        <source>My record</source>
        <translation>سجلي</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Who was there</source>
        <translation>مَن كان هناك</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ما حدث</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>المرفقات</translation>
    </message>
    <message>
        <source>{name} (a file kept in the plan, not shown here)</source>
        <translation>{name} (ملف محفوظ في الخطة، لا يظهر هنا)</translation>
    </message>
    <message>
        <source>Picture: {name}</source>
        <translation>صورة: {name}</translation>
    </message>
    <message>
        <source>No date given</source>
        <translation>لم يُذكر تاريخ</translation>
    </message>
    <message>
        <source>{name} (a picture that could not be shown)</source>
        <translation>{name} (صورة تعذّر عرضها)</translation>
    </message>
</context>
<context>
    <name>RecordPdfDialog</name>
    <message>
        <source>Make a PDF for a lawyer or advocate</source>
        <translation>إنشاء ملف PDF لمحامٍ أو لشخص يدعمك</translation>
    </message>
    <message>
        <source>Choose the entries to put in the PDF. You decide what to share.</source>
        <translation>يُرجى اختيار التدوينات التي توضع في ملف PDF. القرار لك في ما تشاركه.</translation>
    </message>
    <message>
        <source>Entries in the PDF</source>
        <translation>التدوينات في ملف PDF</translation>
    </message>
    <message>
        <source>Neutral title: {title}</source>
        <translation>عنوان محايد: {title}</translation>
    </message>
    <message>
        <source>Password (optional)</source>
        <translation>كلمة المرور (اختيارية)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation>كلمة المرور نفسها مرة أخرى</translation>
    </message>
    <message>
        <source>Save the PDF…</source>
        <translation>حفظ ملف PDF…</translation>
    </message>
    <message>
        <source>Choose all</source>
        <translation>تحديد الكل</translation>
    </message>
    <message>
        <source>Choose none</source>
        <translation>إلغاء تحديد الكل</translation>
    </message>
    <message>
        <source>The two passwords are not the same yet.</source>
        <translation>كلمتا المرور غير متطابقتين بعد.</translation>
    </message>
    <message>
        <source>The PDF will ask for this password when it is opened.</source>
        <translation>سيطلب ملف PDF كلمة المرور هذه عند فتحه.</translation>
    </message>
    <message>
        <source>A PDF file is not locked by SaferPlan. Anyone who opens this computer or the stick can read it, unless you add a password.</source>
        <translation>لا يقفل SaferPlan ملفات PDF. يمكن لأي شخص يفتح هذا الحاسوب أو ذاكرة USB قراءة الملف، إلا إذا أضفت كلمة مرور.</translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation>حُفظ باسم {path}</translation>
    </message>
</context>
<context>
    <name>RecordScreen</name>
    <message>
        <source>SaferPlan can keep photos and screenshots (PNG, JPEG, GIF or WebP), PDF files and plain text files.</source>
        <translation>يستطيع SaferPlan حفظ الصور ولقطات الشاشة (PNG أو JPEG أو GIF أو WebP)، وملفات PDF، والملفات النصية العادية.</translation>
    </message>
    <message>
        <source>Add a file</source>
        <translation>إضافة ملف</translation>
    </message>
    <message>
        <source>This file could not be read. Please check that it is still there, then try again.</source>
        <translation>تعذّرت قراءة هذا الملف. يُرجى التأكد من أنه ما زال موجودًا، ثم المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>The original file</source>
        <translation>الملف الأصلي</translation>
    </message>
    <message>
        <source>The file is now kept inside your locked plan. SaferPlan can delete the original file. On SSDs, USB sticks and phones, a deleted file can sometimes still be recovered, and copies may exist elsewhere (for example in a photo app or a cloud backup).</source>
        <translation>أصبح الملف محفوظًا داخل خطتك المقفلة. يستطيع SaferPlan حذف الملف الأصلي. على أقراص SSD وذواكر USB والهواتف، قد يمكن أحيانًا استرجاع الملف المحذوف، وقد توجد نسخ منه في أماكن أخرى (مثلًا في تطبيق للصور أو في نسخة احتياطية على السحابة).</translation>
    </message>
    <message>
        <source>Delete the original</source>
        <translation>حذف الملف الأصلي</translation>
    </message>
    <message>
        <source>Keep the original</source>
        <translation>إبقاء الملف الأصلي</translation>
    </message>
    <message>
        <source>The original file could not be deleted. You can delete it yourself if you want to.</source>
        <translation>تعذّر حذف الملف الأصلي. يمكنك حذفه بنفسك إن أردت.</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>نص</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>صورة</translation>
    </message>
</context>
<context>
    <name>RecordWidget</name>
    <message>
        <source>Private record</source>
        <translation>السجل الخاص</translation>
    </message>
    <message>
        <source>Back to home</source>
        <translation>العودة إلى الرئيسية</translation>
    </message>
    <message>
        <source>Write as much or as little as you like. This stays inside your locked plan.</source>
        <translation>يمكن الكتابة بالقدر الذي يناسبك، قليلًا أو كثيرًا. يبقى كل ذلك داخل خطتك المقفلة.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Search the record</source>
        <translation>البحث في السجل</translation>
    </message>
    <message>
        <source>Entries, newest first</source>
        <translation>التدوينات، الأحدث أولًا</translation>
    </message>
    <message>
        <source>Add an entry</source>
        <translation>إضافة تدوينة</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Make a PDF for a lawyer or advocate…</source>
        <translation>إنشاء ملف PDF لمحامٍ أو لشخص يدعمك…</translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <translation>{date}، {time}</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>بلا تاريخ</translation>
    </message>
    <message>
        <source>{when} · {where}</source>
        <translation>{when} · {where}</translation>
    </message>
    <message>
        <source>1 file</source>
        <translation>ملف واحد</translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n ملف</numerusform>
            <numerusform>%n ملف</numerusform>
            <numerusform>%n ملفات</numerusform>
            <numerusform>%n ملفات</numerusform>
            <numerusform>%n ملفًا</numerusform>
            <numerusform>%n ملف</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>لم يُعثر على شيء.</translation>
    </message>
    <message>
        <source>Nothing written yet. When you want to, add an entry.</source>
        <translation>لا شيء مكتوب بعد. يمكنك إضافة تدوينة متى شئت.</translation>
    </message>
    <message>
        <source>Remove this entry and the files kept with it?</source>
        <translation>إزالة هذه التدوينة والملفات المحفوظة معها؟</translation>
    </message>
    <message>
        <source>Remove this entry?</source>
        <translation>إزالة هذه التدوينة؟</translation>
    </message>
    <message>
        <source>Remove an entry</source>
        <translation>إزالة تدوينة</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>إبقاء</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeScreen</name>
    <message>
        <source>Your recovery code</source>
        <translation>رمز الاسترداد الخاص بك</translation>
    </message>
    <message>
        <source>Write it down and keep it somewhere safe, apart from your computer. It is shown only this once. With it, you or anyone who has it can open your plan.</source>
        <translation>يُرجى كتابته وحفظه في مكان آمن، بعيدًا عن حاسوبك. لن يظهر إلا هذه المرة. بهذا الرمز يمكنك أنت، أو أي شخص يحمله، فتح خطتك.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>رمز الاسترداد</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>كتبتُه</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Bond person</source>
        <translation>الشخص الضامن</translation>
    </message>
    <message>
        <source>Could bring money or promise it so I can be released.</source>
        <translation>يمكنه إحضار المال أو التعهد بدفعه ليُفرَج عني.</translation>
    </message>
    <message>
        <source>Would speak for me at a hearing</source>
        <translation>يتحدث باسمي في جلسة</translation>
    </message>
    <message>
        <source>Could come to a detention review and say who I am.</source>
        <translation>يمكنه حضور جلسة مراجعة الاحتجاز وقول من أنا.</translation>
    </message>
    <message>
        <source>Immigration lawyer</source>
        <translation>محامي هجرة</translation>
    </message>
    <message>
        <source>Helps with status, detention and removal.</source>
        <translation>يساعد في الوضع القانوني والاحتجاز والترحيل.</translation>
    </message>
    <message>
        <source>Criminal lawyer</source>
        <translation>محامٍ جنائي</translation>
    </message>
    <message>
        <source>Helps if I am charged with a crime.</source>
        <translation>يساعد إذا وُجّهت إليّ تهمة جنائية.</translation>
    </message>
    <message>
        <source>Family lawyer</source>
        <translation>محامي قانون الأسرة</translation>
    </message>
    <message>
        <source>Helps with children, custody or separation.</source>
        <translation>يساعد في شؤون الأطفال والحضانة والانفصال.</translation>
    </message>
    <message>
        <source>Legal clinic</source>
        <translation>عيادة قانونية</translation>
    </message>
    <message>
        <source>Free legal information and help.</source>
        <translation>معلومات ومساعدة قانونية مجانية.</translation>
    </message>
    <message>
        <source>Support worker</source>
        <translation>عامل الدعم</translation>
    </message>
    <message>
        <source>Someone from a service I trust, who can contact others.</source>
        <translation>شخص من خدمة أثق بها، يمكنه التواصل مع الآخرين.</translation>
    </message>
    <message>
        <source>Has my key</source>
        <translation>لديه مفتاحي</translation>
    </message>
    <message>
        <source>Could fetch clothes, money, documents or medication.</source>
        <translation>يمكنه إحضار الملابس أو المال أو المستندات أو الأدوية.</translation>
    </message>
    <message>
        <source>Would care for my children</source>
        <translation>يرعى أطفالي</translation>
    </message>
    <message>
        <source>Could look after my children if I cannot.</source>
        <translation>يمكنه رعاية أطفالي إذا لم أستطع.</translation>
    </message>
    <message>
        <source>Would care for my pets</source>
        <translation>يرعى حيواناتي الأليفة</translation>
    </message>
    <message>
        <source>Could feed and look after my animals.</source>
        <translation>يمكنه إطعام حيواناتي ورعايتها.</translation>
    </message>
    <message>
        <source>I could stay with them if released</source>
        <translation>يمكنني الإقامة عنده بعد الإفراج</translation>
    </message>
    <message>
        <source>An address I can give when I am released.</source>
        <translation>عنوان يمكنني تقديمه عند الإفراج عني.</translation>
    </message>
    <message>
        <source>Power of attorney</source>
        <translation>توكيل قانوني</translation>
    </message>
    <message>
        <source>Allowed to act for me on money or papers.</source>
        <translation>مسموح له بالتصرف نيابةً عني في المال أو الأوراق.</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>جهة الاتصال في الطوارئ</translation>
    </message>
    <message>
        <source>Someone to call first if something happens.</source>
        <translation>أول شخص يُتصل به إذا حدث شيء.</translation>
    </message>
    <message>
        <source>Safe place</source>
        <translation>مكان آمن</translation>
    </message>
    <message>
        <source>Somewhere I could go to be safe.</source>
        <translation>مكان يمكنني الذهاب إليه لأكون في أمان.</translation>
    </message>
</context>
<context>
    <name>SectionSummary</name>
    <message>
        <source>Here is what you have so far. You can change anything, now or later.</source>
        <translation>هذا ما لديك حتى الآن. يمكنك تغيير أي شيء، الآن أو لاحقًا.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>تغيير</translation>
    </message>
    <message>
        <source>Change: {question}</source>
        <translation>تغيير: {question}</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>لم تتم الإجابة بعد</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>تمت الإجابة</translation>
    </message>
    <message>
        <source>Skipped for now</source>
        <translation>تم التخطي مؤقتًا</translation>
    </message>
    <message>
        <source>Does not apply</source>
        <translation>لا ينطبق</translation>
    </message>
    <message>
        <source>To talk about later</source>
        <translation>للحديث عنه لاحقًا</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Lock after this many idle minutes</source>
        <translation>القفل بعد هذا العدد من دقائق عدم الاستخدام</translation>
    </message>
    <message>
        <source>When you press Hide</source>
        <translation>عند الضغط على «إخفاء»</translation>
    </message>
    <message>
        <source>Window title</source>
        <translation>عنوان النافذة</translation>
    </message>
    <message>
        <source>min</source>
        <translation>دقيقة</translation>
    </message>
    <message>
        <source>When nobody uses SaferPlan for this long, it saves and locks the plan.</source>
        <translation>إذا لم يستخدم أحد SaferPlan طوال هذه المدة، فإنه يحفظ الخطة ويقفلها.</translation>
    </message>
    <message>
        <source>Save, lock and minimise the window</source>
        <translation>الحفظ والقفل وتصغير النافذة</translation>
    </message>
    <message>
        <source>Save, lock and close SaferPlan</source>
        <translation>الحفظ والقفل وإغلاق SaferPlan</translation>
    </message>
    <message>
        <source>The window shows this name. Choose something that draws no attention.</source>
        <translation>تعرض النافذة هذا الاسم. الأفضل اسم لا يلفت الانتباه.</translation>
    </message>
    <message>
        <source>What SaferPlan keeps, and its limits</source>
        <translation>ما يحفظه SaferPlan، وحدوده</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Plan %1</source>
        <translation>الخطة %1</translation>
    </message>
    <message>
        <source>Plan %1 · last changed %2</source>
        <translation>الخطة %1 · آخر تغيير %2</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>مرحبًا</translation>
    </message>
    <message>
        <source>Make a plan for staying safe, kept locked on this computer. Nothing is ever sent over the internet.</source>
        <translation>خطة للبقاء في أمان، تُحفظ مقفلة على هذا الحاسوب. لا يُرسَل أي شيء عبر الإنترنت أبدًا.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Open my plan</source>
        <translation>فتح خطتي</translation>
    </message>
    <message>
        <source>There is no plan on this computer yet.</source>
        <translation>لا توجد خطة على هذا الحاسوب بعد.</translation>
    </message>
    <message>
        <source>Plans on this computer</source>
        <translation>الخطط على هذا الحاسوب</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Open a file from another folder</source>
        <translation>فتح ملف من مجلد آخر</translation>
    </message>
    <message>
        <source>Start a new plan</source>
        <translation>بدء خطة جديدة</translation>
    </message>
    <message>
        <source>Kept on this computer, locked with a passphrase you choose.</source>
        <translation>تُحفظ على هذا الحاسوب، مقفلة بعبارة مرور تختارها.</translation>
    </message>
    <message>
        <source>Guest session</source>
        <translation>جلسة ضيف</translation>
    </message>
    <message>
        <source>Nothing is saved on this computer. At the end you choose what to take with you: a locked file on your own USB stick, a printout, or nothing.</source>
        <translation>لا يُحفظ أي شيء على هذا الحاسوب. في النهاية تختار ما تأخذه معك: ملفًا مقفلًا على ذاكرة USB الخاصة بك، أو نسخة مطبوعة، أو لا شيء.</translation>
    </message>
    <message>
        <source>Look at a sample plan</source>
        <translation>الاطلاع على خطة نموذجية</translation>
    </message>
    <message>
        <source>A made-up plan to look around. Nothing is saved.</source>
        <translation>خطة متخيَّلة للتعرّف على البرنامج. لا يُحفظ أي شيء.</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>قبل أن تبدأ</translation>
    </message>
    <message>
        <source>What SaferPlan keeps, where, and what it cannot protect against.</source>
        <translation>ما يحفظه SaferPlan، وأين، وما لا يستطيع الحماية منه.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Open your plan</source>
        <translation>فتح خطتك</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>رمز الاسترداد</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Open the backup copy instead</source>
        <translation>فتح النسخة الاحتياطية بدلًا من ذلك</translation>
    </message>
    <message>
        <source>Use my passphrase</source>
        <translation>استخدام عبارة المرور</translation>
    </message>
    <message>
        <source>Use a recovery code</source>
        <translation>استخدام رمز الاسترداد</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Opening your plan. This takes a moment.</source>
        <translation>جارٍ فتح خطتك. يستغرق هذا لحظة.</translation>
    </message>
    <message>
        <source>Please type your passphrase first.</source>
        <translation>يُرجى كتابة عبارة المرور أولًا.</translation>
    </message>
    <message>
        <source>That did not open the plan. Check the passphrase and try again.</source>
        <translation>لم تُفتح الخطة. يُرجى التحقق من عبارة المرور والمحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>That did not open the plan. Check the passphrase and try again. If the file was damaged, the backup copy may open.</source>
        <translation>لم تُفتح الخطة. يُرجى التحقق من عبارة المرور والمحاولة مرة أخرى. إذا كان الملف تالفًا، فقد تُفتح النسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>This plan is already open in another window. Close it there first, then try again.</source>
        <translation>هذه الخطة مفتوحة بالفعل في نافذة أخرى. يُرجى إغلاقها هناك أولًا، ثم المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>The plan could not be opened. Nothing was changed.</source>
        <translation>تعذّر فتح الخطة. لم يتغير أي شيء.</translation>
    </message>
</context>
<context>
    <name>WalkSidebar</name>
    <message>
        <source>Sections</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <source>To talk about later</source>
        <translation>للحديث عنه لاحقًا</translation>
    </message>
    <message>
        <source>{title}
{done} of {total}</source>
        <translation>{title}
{done} من {total}</translation>
    </message>
</context>
<context>
    <name>directory</name>
    <message>
        <source>As listed in the guide in January 2020 — check before relying on it.</source>
        <comment>note</comment>
        <translation>حسب قائمة الدليل في يناير 2020. يُرجى التحقق منها قبل الاعتماد عليها.</translation>
    </message>
    <message>
        <source>Sex worker support</source>
        <comment>category.sex_work</comment>
        <translation>دعم العاملات والعاملين في الجنس</translation>
    </message>
    <message>
        <source>Crisis and emergency lines</source>
        <comment>category.crisis</comment>
        <translation>خطوط الأزمات والطوارئ</translation>
    </message>
    <message>
        <source>Violence: support and shelters</source>
        <comment>category.violence</comment>
        <translation>العنف: الدعم ودور الإيواء</translation>
    </message>
    <message>
        <source>Health and social services</source>
        <comment>category.health</comment>
        <translation>الخدمات الصحية والاجتماعية</translation>
    </message>
    <message>
        <source>Legal help</source>
        <comment>category.legal</comment>
        <translation>المساعدة القانونية</translation>
    </message>
    <message>
        <source>Community legal clinics</source>
        <comment>category.legal_clinic</comment>
        <translation>العيادات القانونية المجتمعية</translation>
    </message>
    <message>
        <source>Work and labour rights</source>
        <comment>category.labour</comment>
        <translation>العمل وحقوق العمال</translation>
    </message>
    <message>
        <source>Immigration, migrant and refugee support</source>
        <comment>category.immigration</comment>
        <translation>دعم الهجرة والمهاجرين واللاجئين</translation>
    </message>
    <message>
        <source>Other community services</source>
        <comment>category.community</comment>
        <translation>خدمات مجتمعية أخرى</translation>
    </message>
    <message>
        <source>Started by sex workers, social workers, and legal and health workers. 24/7 hotline, outreach, health and legal information, and urgent help if a migrant sex worker is arrested or detained. In Ontario and other cities.</source>
        <comment>butterfly.offers</comment>
        <translation>أسسها عاملات وعاملون في الجنس، وأخصائيون اجتماعيون، وعاملون في المجالين القانوني والصحي. خط مساعدة على مدار الساعة طوال الأسبوع، وعمل ميداني، ومعلومات صحية وقانونية، ومساعدة عاجلة إذا اعتُقل أو احتُجز شخص مهاجر يعمل في الجنس. في أونتاريو ومدن أخرى.</translation>
    </message>
    <message>
        <source>24/7 phone line for any woman facing abuse in Ontario: someone to talk to, information and referrals. About 200 languages.</source>
        <comment>assaulted-womens-helpline.offers</comment>
        <translation>خط هاتفي على مدار الساعة طوال الأسبوع لأي امرأة تتعرض للعنف في أونتاريو: شخص تتحدث إليه، ومعلومات، وإحالة إلى خدمات. بنحو 200 لغة.</translation>
    </message>
    <message>
        <source>A list of distress and crisis lines across Ontario, for emotional support, including when thinking about suicide.</source>
        <comment>distress-centres-ontario.offers</comment>
        <translation>قائمة بخطوط الدعم والأزمات في أنحاء أونتاريو، للدعم النفسي، بما في ذلك عند التفكير في الانتحار.</translation>
    </message>
    <message>
        <source>Lawyers, counselling and interpreters in many languages for women who have faced violence, in Ontario.</source>
        <comment>barbra-schlifer-clinic.offers</comment>
        <translation>محامون وإرشاد نفسي ومترجمون فوريون بلغات كثيرة للنساء اللواتي تعرّضن للعنف، في أونتاريو.</translation>
    </message>
    <message>
        <source>Money for urgent costs after a crime in Ontario, such as counselling or a funeral. After sexual or family violence or trafficking you can report to a community organisation instead of the police; for other crimes a police report is needed.</source>
        <comment>victim-quick-response.offers</comment>
        <translation>مال للتكاليف العاجلة بعد جريمة في أونتاريو، مثل الإرشاد النفسي أو الجنازة. بعد العنف الجنسي أو الأسري أو الاتجار بالبشر يمكن الإبلاغ لدى منظمة مجتمعية بدلًا من الشرطة؛ أما في الجرائم الأخرى فيلزم بلاغ لدى الشرطة.</translation>
    </message>
    <message>
        <source>Ambulance and police. The police may come when you call.</source>
        <comment>emergency-911.offers</comment>
        <translation>الإسعاف والشرطة. قد تأتي الشرطة عند الاتصال.</translation>
    </message>
    <message>
        <source>A website to find a shelter for women, and their children, who want to get away from violence or abuse.</source>
        <comment>sheltersafe.offers</comment>
        <translation>موقع إلكتروني للعثور على دار إيواء للنساء، ولأطفالهن، اللواتي يردن الابتعاد عن العنف أو الإساءة.</translation>
    </message>
    <message>
        <source>Finds a shelter bed in Toronto or tells you where there is space.</source>
        <comment>toronto-shelter-intake.offers</comment>
        <translation>يجد سريرًا في دار إيواء في تورونتو أو يخبرك أين يوجد مكان.</translation>
    </message>
    <message>
        <source>Phone line open 24 hours and a website to find any kind of community or social service in Ontario.</source>
        <comment>211-ontario.offers</comment>
        <translation>خط هاتفي مفتوح على مدار الساعة وموقع إلكتروني للعثور على أي نوع من الخدمات المجتمعية أو الاجتماعية في أونتاريو.</translation>
    </message>
    <message>
        <source>Free health advice from a registered nurse.</source>
        <comment>telehealth-ontario.offers</comment>
        <translation>نصائح صحية مجانية من ممرضة أو ممرض مسجَّل.</translation>
    </message>
    <message>
        <source>24-hour phone line in French for women in Ontario facing abuse or sexual assault: support, information and referrals.</source>
        <comment>femaide.offers</comment>
        <translation>خط هاتفي على مدار الساعة باللغة الفرنسية للنساء في أونتاريو اللواتي يتعرضن للعنف أو الاعتداء الجنسي: دعم ومعلومات وإحالة.</translation>
    </message>
    <message>
        <source>Free, confidential information on services for mental health, alcohol and drug use, and gambling in Ontario.</source>
        <comment>connexontario.offers</comment>
        <translation>معلومات مجانية وسرية عن خدمات الصحة النفسية، وتعاطي الكحول والمخدرات، والقمار في أونتاريو.</translation>
    </message>
    <message>
        <source>Information on mental health services in Ontario, such as crisis lines, online counselling and emergency housing.</source>
        <comment>ementalhealth.offers</comment>
        <translation>معلومات عن خدمات الصحة النفسية في أونتاريو، مثل خطوط الأزمات والإرشاد عبر الإنترنت والسكن الطارئ.</translation>
    </message>
    <message>
        <source>A list of mental health crisis services and their phone numbers across Ontario.</source>
        <comment>camh-crisis.offers</comment>
        <translation>قائمة بخدمات أزمات الصحة النفسية وأرقام هواتفها في أنحاء أونتاريو.</translation>
    </message>
    <message>
        <source>Information on health services and resources in Ontario.</source>
        <comment>central-health-line.offers</comment>
        <translation>معلومات عن الخدمات والموارد الصحية في أونتاريو.</translation>
    </message>
    <message>
        <source>Doctors, nurse practitioners, social workers and others for people who often miss out on care, including people without status and people without a home.</source>
        <comment>community-health-centres.offers</comment>
        <translation>أطباء وممرضون ممارسون وأخصائيون اجتماعيون وغيرهم، للأشخاص الذين يصعب عليهم غالبًا الحصول على الرعاية، بمن فيهم الأشخاص بلا وضع قانوني والأشخاص بلا مسكن.</translation>
    </message>
    <message>
        <source>Legal services for people in Ontario with a low income who qualify.</source>
        <comment>legal-aid-ontario.offers</comment>
        <translation>خدمات قانونية للأشخاص ذوي الدخل المنخفض في أونتاريو الذين تنطبق عليهم الشروط.</translation>
    </message>
    <message>
        <source>Legal help for refugee claimants in Toronto, Hamilton and Ottawa.</source>
        <comment>legal-aid-refugee-law-office.offers</comment>
        <translation>مساعدة قانونية لطالبي اللجوء في تورونتو وهاميلتون وأوتاوا.</translation>
    </message>
    <message>
        <source>Plain-language legal information in many languages and formats, and a list of community legal clinics in Ontario.</source>
        <comment>cleo.offers</comment>
        <translation>معلومات قانونية بلغة بسيطة، بلغات وأشكال كثيرة، وقائمة بالعيادات القانونية المجتمعية في أونتاريو.</translation>
    </message>
    <message>
        <source>Legal information and referrals for women in Ontario facing violence.</source>
        <comment>owjn.offers</comment>
        <translation>معلومات قانونية وإحالة للنساء في أونتاريو اللواتي يتعرضن للعنف.</translation>
    </message>
    <message>
        <source>Family lawyers in three offices in Ontario for people who qualify for legal aid.</source>
        <comment>family-law-offices.offers</comment>
        <translation>محامو قانون الأسرة في ثلاثة مكاتب في أونتاريو، للأشخاص المؤهلين للمساعدة القانونية.</translation>
    </message>
    <message>
        <source>Online referral to a lawyer or paralegal in Ontario, with a free first consultation of up to 30 minutes.</source>
        <comment>lsuc-lawyer-referral.offers</comment>
        <translation>إحالة عبر الإنترنت إلى محامٍ أو مساعد قانوني مرخّص في أونتاريو، مع استشارة أولى مجانية تصل إلى 30 دقيقة.</translation>
    </message>
    <message>
        <source>Local clinics for people with a low income in their area; some serve a particular culture or language.</source>
        <comment>community-legal-clinics.offers</comment>
        <translation>عيادات محلية للأشخاص ذوي الدخل المنخفض في منطقتها؛ بعضها يخدم ثقافة أو لغة معيّنة.</translation>
    </message>
    <message>
        <source>Free legal help across Ontario for people with a low income who do not speak English, in Chinese, Vietnamese, Cambodian and Laotian communities.</source>
        <comment>csalc.offers</comment>
        <translation>مساعدة قانونية مجانية في أنحاء أونتاريو للأشخاص ذوي الدخل المنخفض الذين لا يتحدثون الإنجليزية، في المجتمعات الصينية والفيتنامية والكمبودية واللاوسية.</translation>
    </message>
    <message>
        <source>Takes test cases to court to change unfair rules in federal and Ontario income support programs.</source>
        <comment>income-security-advocacy-centre.offers</comment>
        <translation>ترفع قضايا نموذجية إلى المحاكم لتغيير القواعد غير العادلة في برامج دعم الدخل الفيدرالية وبرامج أونتاريو.</translation>
    </message>
    <message>
        <source>Legal help and information on social assistance, violence, mental health, immigration and refugee matters, work and housing.</source>
        <comment>parkdale-community-legal-services.offers</comment>
        <translation>مساعدة ومعلومات قانونية عن المساعدة الاجتماعية والعنف والصحة النفسية وشؤون الهجرة واللجوء والعمل والسكن.</translation>
    </message>
    <message>
        <source>Legal help and information for people living with HIV in Ontario.</source>
        <comment>halco.offers</comment>
        <translation>مساعدة ومعلومات قانونية للأشخاص المتعايشين مع فيروس نقص المناعة البشرية (HIV) في أونتاريو.</translation>
    </message>
    <message>
        <source>Legal services for Black people in Ontario with a low income or no income.</source>
        <comment>black-legal-action-centre.offers</comment>
        <translation>خدمات قانونية للأشخاص السود في أونتاريو ذوي الدخل المنخفض أو بلا دخل.</translation>
    </message>
    <message>
        <source>Legal advice, services and education for South Asian people in Ontario; also works on changing the law.</source>
        <comment>salc.offers</comment>
        <translation>استشارات وخدمات وتثقيف قانوني للأشخاص من جنوب آسيا في أونتاريو؛ وتعمل أيضًا على تغيير القوانين.</translation>
    </message>
    <message>
        <source>Support and lawyers for people with disabilities in Ontario.</source>
        <comment>arch-disability-law-centre.offers</comment>
        <translation>دعم ومحامون للأشخاص ذوي الإعاقة في أونتاريو.</translation>
    </message>
    <message>
        <source>Legal help in Spanish for Spanish-speaking people across Ontario.</source>
        <comment>spanish-speaking-legal-clinic.offers</comment>
        <translation>مساعدة قانونية باللغة الإسبانية للناطقين بالإسبانية في أنحاء أونتاريو.</translation>
    </message>
    <message>
        <source>Legal help for First Nations (with or without status), Métis and Inuit people in Ontario.</source>
        <comment>aboriginal-legal-services.offers</comment>
        <translation>مساعدة قانونية لأبناء الأمم الأولى (بوضع قانوني أو بدونه) والميتيس والإنويت في أونتاريو.</translation>
    </message>
    <message>
        <source>Information on workers&apos; rights and support to stand up for them.</source>
        <comment>workers-action-centre.offers</comment>
        <translation>معلومات عن حقوق العمال ودعم للمطالبة بها.</translation>
    </message>
    <message>
        <source>The Ontario government office that applies and enforces the Employment Standards Act, 2000.</source>
        <comment>ministry-of-labour.offers</comment>
        <translation>مكتب حكومة أونتاريو الذي يطبّق قانون معايير التوظيف لعام 2000 ويفرض احترامه.</translation>
    </message>
    <message>
        <source>For sex workers in Toronto: sexual health, safety at work, workshops, legal information, counselling, advocacy and social time.</source>
        <comment>maggies.offers</comment>
        <translation>للعاملات والعاملين في الجنس في تورونتو: الصحة الجنسية، والسلامة في العمل، وورش عمل، ومعلومات قانونية، وإرشاد نفسي، ومناصرة، ولقاءات اجتماعية.</translation>
    </message>
    <message>
        <source>Outreach and harm reduction support for sex workers who work on the street, in Hamilton.</source>
        <comment>swap-hamilton.offers</comment>
        <translation>عمل ميداني ودعم للحد من الضرر للعاملات والعاملين في الجنس الذين يعملون في الشارع، في هاميلتون.</translation>
    </message>
    <message>
        <source>Harm reduction and first aid supplies, HIV and STI information, clothing, hygiene products, food, and peer support, in London.</source>
        <comment>safe-space-london.offers</comment>
        <translation>مستلزمات الحد من الضرر والإسعافات الأولية، ومعلومات عن فيروس HIV والعدوى المنقولة جنسيًا، وملابس، ومنتجات نظافة، وطعام، ودعم الأقران، في لندن (أونتاريو).</translation>
    </message>
    <message>
        <source>Peer support, education, advocacy and referrals for safer living and working conditions, in Sudbury.</source>
        <comment>swans-sudbury.offers</comment>
        <translation>دعم الأقران، والتثقيف، والمناصرة، والإحالة من أجل ظروف عيش وعمل أكثر أمانًا، في سَدبري.</translation>
    </message>
    <message>
        <source>A network of community agencies that serve immigrants and refugees in Ontario.</source>
        <comment>ocasi.offers</comment>
        <translation>شبكة من الوكالات المجتمعية التي تخدم المهاجرين واللاجئين في أونتاريو.</translation>
    </message>
    <message>
        <source>Refugee protection, settlement help and education for newcomers in Ontario, and shelter for women and their children.</source>
        <comment>fcj-refugee-centre.offers</comment>
        <translation>حماية اللاجئين، والمساعدة على الاستقرار، والتعليم للقادمين الجدد في أونتاريو، ومأوى للنساء وأطفالهن.</translation>
    </message>
    <message>
        <source>Health care and community services in Toronto, including for newcomers, immigrants and refugees.</source>
        <comment>access-alliance.offers</comment>
        <translation>رعاية صحية وخدمات مجتمعية في تورونتو، بما في ذلك للقادمين الجدد والمهاجرين واللاجئين.</translation>
    </message>
    <message>
        <source>Speaks up for the rights of migrant workers, in Ontario and across Canada.</source>
        <comment>migrant-workers-alliance.offers</comment>
        <translation>تدافع عن حقوق العمال المهاجرين، في أونتاريو وفي أنحاء كندا.</translation>
    </message>
    <message>
        <source>Information for newcomers about settling in.</source>
        <comment>settlement-org.offers</comment>
        <translation>معلومات للقادمين الجدد عن الاستقرار في كندا.</translation>
    </message>
    <message>
        <source>Campaigns for the freedom to move, return and stay in Canada; trains people without status and the people who work at services on their rights.</source>
        <comment>no-one-is-illegal.offers</comment>
        <translation>تناضل من أجل حرية التنقل والعودة والبقاء في كندا؛ وتدرّب الأشخاص بلا وضع قانوني ومَن يعملون في الخدمات على حقوقهم.</translation>
    </message>
    <message>
        <source>Campaigns for Ontario health insurance (OHIP) for everyone.</source>
        <comment>ohip-for-all.offers</comment>
        <translation>تناضل من أجل تأمين أونتاريو الصحي (OHIP) للجميع.</translation>
    </message>
    <message>
        <source>Refugee protection, settlement help and education in Toronto, and shelter for women and their children.</source>
        <comment>st-stephens-community-house.offers</comment>
        <translation>حماية اللاجئين، والمساعدة على الاستقرار، والتعليم في تورونتو، ومأوى للنساء وأطفالهن.</translation>
    </message>
    <message>
        <source>LGBTQ2 programs and groups, a refugee support group, free short-term and drop-in counselling, and classes, in Toronto.</source>
        <comment>the-519.offers</comment>
        <translation>برامج ومجموعات لمجتمع الميم (LGBTQ2)، ومجموعة دعم للاجئين، وإرشاد نفسي مجاني قصير المدى ودون موعد، ودروس، في تورونتو.</translation>
    </message>
    <message>
        <source>Counselling and learning programs for children, youth and families with complex mental health or developmental needs.</source>
        <comment>skylark.offers</comment>
        <translation>إرشاد نفسي وبرامج تعليمية للأطفال والشباب والعائلات ذوي الاحتياجات المعقدة في الصحة النفسية أو النمو.</translation>
    </message>
    <message>
        <source>Programs, education, harm reduction and case management for people in prison or out of prison who live with HIV or AIDS.</source>
        <comment>pasan.offers</comment>
        <translation>برامج وتثقيف وحد من الضرر وإدارة حالات للأشخاص في السجن أو الخارجين منه الذين يتعايشون مع فيروس HIV أو الإيدز.</translation>
    </message>
    <message>
        <source>Peer-led support around drug and alcohol use for LGBTQQ2SIA youth aged 16 to 29 in Toronto: drop-ins, case management and group counselling.</source>
        <comment>pieces-to-pathways.offers</comment>
        <translation>دعم يقوده الأقران حول تعاطي المخدرات والكحول لشباب مجتمع الميم (LGBTQQ2SIA) من سن 16 إلى 29 في تورونتو: لقاءات دون موعد، وإدارة حالات، وإرشاد جماعي.</translation>
    </message>
    <message>
        <source>An organisation of Chinese Canadians in Toronto working for equity, social justice and respect for diversity.</source>
        <comment>ccncto.offers</comment>
        <translation>منظمة للكنديين من أصل صيني في تورونتو تعمل من أجل المساواة والعدالة الاجتماعية واحترام التنوع.</translation>
    </message>
</context>
<context>
    <name>forms.release_plan</name>
    <message>
        <source>Release plan</source>
        <comment>form.title</comment>
        <translation>خطة الإفراج</translation>
    </message>
    <message>
        <source>A plan for what happens if police or immigration detain you. If you are detained, your phone and your things are taken, and it is hard to reach people. What you set up now makes release more likely, and keeps the things you care about looked after. You can skip any question, or come back to it later.</source>
        <comment>form.description</comment>
        <translation>خطة لما يحدث إذا احتجزتك الشرطة أو سلطات الهجرة. عند الاحتجاز يُؤخذ منك هاتفك وأغراضك، ويصعب الوصول إلى الناس. ما تجهّزه الآن يزيد فرص الإفراج عنك، ويضمن رعاية ما يهمك. يمكن تخطي أي سؤال، أو العودة إليه لاحقًا.</translation>
    </message>
    <message>
        <source>Support network and your rights</source>
        <comment>network.title</comment>
        <translation>شبكة الدعم وحقوقك</translation>
    </message>
    <message>
        <source>People who know your rights and can speak up for you, found before you need them.</source>
        <comment>network.intro</comment>
        <translation>أشخاص يعرفون حقوقك ويمكنهم الدفاع عنك، تجدهم قبل أن تحتاج إليهم.</translation>
    </message>
    <message>
        <source>Is there a community legal clinic you could contact?</source>
        <comment>r_legal_clinic.text</comment>
        <translation>هل هناك عيادة قانونية مجتمعية يمكنك التواصل معها؟</translation>
    </message>
    <message>
        <source>A legal clinic can tell you your rights, and help you find a lawyer.</source>
        <comment>r_legal_clinic.why</comment>
        <translation>يمكن للعيادة القانونية أن تشرح لك حقوقك، وأن تساعدك في إيجاد محامٍ.</translation>
    </message>
    <message>
        <source>A legal clinic gives free legal information and help. Some help people without status.</source>
        <comment>r_legal_clinic.help</comment>
        <translation>تقدّم العيادة القانونية معلومات ومساعدة قانونية مجانية. بعضها يساعد الأشخاص بلا وضع قانوني.</translation>
    </message>
    <message>
        <source>Do you know an immigration lawyer you trust? Or someone who would call one for you?</source>
        <comment>r_lawyer.text</comment>
        <translation>هل لديك محامي هجرة موثوق؟ أو شخص يمكنه الاتصال بمحامٍ من أجلك؟</translation>
    </message>
    <message>
        <source>Help comes much faster if you already know a lawyer before you need one.</source>
        <comment>r_lawyer.why</comment>
        <translation>تأتي المساعدة أسرع بكثير إذا كنت تعرف محاميًا قبل أن تحتاج إليه.</translation>
    </message>
    <message>
        <source>An immigration lawyer helps with your status, detention and removal from Canada.</source>
        <comment>r_lawyer.help</comment>
        <translation>يساعد محامي الهجرة في وضعك القانوني، والاحتجاز، والترحيل من كندا.</translation>
    </message>
    <message>
        <source>Do you know a criminal lawyer? Or someone who would call one for you?</source>
        <comment>r_lawyer_criminal.text</comment>
        <translation>هل لديك محامٍ جنائي تعرفه؟ أو شخص يمكنه الاتصال بمحامٍ من أجلك؟</translation>
    </message>
    <message>
        <source>If the police charge you, a criminal lawyer protects your rights from the start.</source>
        <comment>r_lawyer_criminal.why</comment>
        <translation>إذا وجّهت إليك الشرطة تهمة، يحمي المحامي الجنائي حقوقك من البداية.</translation>
    </message>
    <message>
        <source>A criminal lawyer helps when the police say you broke a law.</source>
        <comment>r_lawyer_criminal.help</comment>
        <translation>يساعد المحامي الجنائي عندما تقول الشرطة إنك خالفت القانون.</translation>
    </message>
    <message>
        <source>If you have children, do you know a family lawyer?</source>
        <comment>r_lawyer_family.text</comment>
        <translation>إذا كان لديك أطفال، هل لديك محامي قانون الأسرة تعرفه؟</translation>
    </message>
    <message>
        <source>Detention can affect who looks after your children. A family lawyer can help protect your rights as a parent.</source>
        <comment>r_lawyer_family.why</comment>
        <translation>قد يؤثر الاحتجاز على مَن يرعى أطفالك. يمكن لمحامي قانون الأسرة المساعدة في حماية حقوقك كوالد أو والدة.</translation>
    </message>
    <message>
        <source>A family lawyer helps with children, custody and separation.</source>
        <comment>r_lawyer_family.help</comment>
        <translation>يساعد محامي قانون الأسرة في شؤون الأطفال والحضانة والانفصال.</translation>
    </message>
    <message>
        <source>How much do you know about your rights with police and immigration officers?</source>
        <comment>r_rights.text</comment>
        <translation>ما مدى معرفتك بحقوقك مع الشرطة وموظفي الهجرة؟</translation>
    </message>
    <message>
        <source>Knowing your rights can lower your risk of being detained.</source>
        <comment>r_rights.why</comment>
        <translation>معرفة حقوقك يمكن أن تقلل خطر الاحتجاز.</translation>
    </message>
    <message>
        <source>Legal clinics and sex worker groups share this information, sometimes in other languages.</source>
        <comment>r_rights.help</comment>
        <translation>تشارك العيادات القانونية ومجموعات العاملات والعاملين في الجنس هذه المعلومات، وأحيانًا بلغات أخرى.</translation>
    </message>
    <message>
        <source>I know my rights well</source>
        <comment>r_rights.option.well</comment>
        <translation>أعرف حقوقي جيدًا</translation>
    </message>
    <message>
        <source>I know some things</source>
        <comment>r_rights.option.some</comment>
        <translation>أعرف بعض الأشياء</translation>
    </message>
    <message>
        <source>I would like to learn more</source>
        <comment>r_rights.option.learn_more</comment>
        <translation>أودّ معرفة المزيد</translation>
    </message>
    <message>
        <source>Is there a community support worker or organisation you trust?</source>
        <comment>r_support_worker.text</comment>
        <translation>هل هناك عامل دعم أو منظمة مجتمعية موثوقة لديك؟</translation>
    </message>
    <message>
        <source>They can help with many needs, contact lawyers for you, and support your release.</source>
        <comment>r_support_worker.why</comment>
        <translation>يمكنهم المساعدة في احتياجات كثيرة، والتواصل مع المحامين من أجلك، ودعم الإفراج عنك.</translation>
    </message>
    <message>
        <source>Who is a person you really trust, who would speak up for you if you were detained?</source>
        <comment>r_advocate.text</comment>
        <translation>مَن هو الشخص الذي تثق به حقًا، ويمكنه الدفاع عنك في حال الاحتجاز؟</translation>
    </message>
    <message>
        <source>Someone on the outside can call people and push for your release.</source>
        <comment>r_advocate.why</comment>
        <translation>يمكن لشخص في الخارج أن يتصل بالناس ويسعى من أجل الإفراج عنك.</translation>
    </message>
    <message>
        <source>This can be a partner, a friend or a co-worker. A first name is enough.</source>
        <comment>r_advocate.help</comment>
        <translation>قد يكون شريكًا أو شريكة، أو صديقًا أو صديقة، أو زميلًا في العمل. الاسم الأول يكفي.</translation>
    </message>
    <message>
        <source>Getting released at a detention review</source>
        <comment>release.title</comment>
        <translation>الإفراج في جلسة مراجعة الاحتجاز</translation>
    </message>
    <message>
        <source>Once detained, you can talk to very few people. What you set up now helps you later.</source>
        <comment>release.intro</comment>
        <translation>بعد الاحتجاز، لا يمكنك التحدث إلا إلى عدد قليل جدًا من الناس. ما تجهّزه الآن يساعدك لاحقًا.</translation>
    </message>
    <message>
        <source>If you were detained, what would matter most to you?</source>
        <comment>r_wishes.text</comment>
        <translation>في حال الاحتجاز، ما أهم شيء بالنسبة إليك؟</translation>
    </message>
    <message>
        <source>Your lawyer and supporters should follow your wishes. Telling them now makes that easier.</source>
        <comment>r_wishes.why</comment>
        <translation>يجب أن يتبع محاميك والداعمون لك رغباتك. إخبارهم بها الآن يجعل ذلك أسهل.</translation>
    </message>
    <message>
        <source>Staying in Canada, even if it takes time</source>
        <comment>r_wishes.example1</comment>
        <translation>البقاء في كندا، حتى لو استغرق ذلك وقتًا</translation>
    </message>
    <message>
        <source>Getting out quickly, even if it means leaving Canada</source>
        <comment>r_wishes.example2</comment>
        <translation>الخروج بسرعة، حتى لو كان ذلك يعني مغادرة كندا</translation>
    </message>
    <message>
        <source>I do not know yet</source>
        <comment>r_wishes.example3</comment>
        <translation>لا أعرف بعد</translation>
    </message>
    <message>
        <source>Have you talked about this plan with someone you trust?</source>
        <comment>r_talked_plan.text</comment>
        <translation>هل تحدثت عن هذه الخطة مع شخص تثق به؟</translation>
    </message>
    <message>
        <source>Once you are detained, your things are taken and you can call very few people.</source>
        <comment>r_talked_plan.why</comment>
        <translation>بعد الاحتجاز، تُؤخذ منك أغراضك ولا يمكنك الاتصال إلا بعدد قليل جدًا من الناس.</translation>
    </message>
    <message>
        <source>Who could be your bond person?</source>
        <comment>r_bond_person.text</comment>
        <translation>مَن يمكن أن يكون الشخص الضامن لك؟</translation>
    </message>
    <message>
        <source>A bond person is often what makes release possible.</source>
        <comment>r_bond_person.why</comment>
        <translation>غالبًا ما يكون الشخص الضامن هو ما يجعل الإفراج ممكنًا.</translation>
    </message>
    <message>
        <source>Someone who can pay a deposit or promise money so you can be released, and who may speak for you at the hearing.</source>
        <comment>r_bond_person.help</comment>
        <translation>شخص يستطيع دفع مبلغ تأمين أو التعهد بدفع مال ليُفرَج عنك، وقد يتحدث لصالحك في الجلسة.</translation>
    </message>
    <message>
        <source>How much money could your bond person bring or promise, if needed?</source>
        <comment>r_bond_amount.text</comment>
        <translation>كم من المال يمكن للشخص الضامن إحضاره أو التعهد به، عند الحاجة؟</translation>
    </message>
    <message>
        <source>Knowing the amount helps you and your lawyer prepare the hearing.</source>
        <comment>r_bond_amount.why</comment>
        <translation>معرفة المبلغ تساعدك أنت ومحاميك على التحضير للجلسة.</translation>
    </message>
    <message>
        <source>This is called a bond (immigration bail). A cash deposit is returned if you follow the rules of your release.</source>
        <comment>r_bond_amount.help</comment>
        <translation>يُسمّى هذا ضمانًا ماليًا (الإفراج بضمان مالي). يُعاد المبلغ النقدي المودَع إذا التزمت بشروط الإفراج عنك.</translation>
    </message>
    <message>
        <source>Who could come to the hearing and speak for you?</source>
        <comment>r_hearing_witness.text</comment>
        <translation>مَن يمكنه حضور الجلسة والتحدث لصالحك؟</translation>
    </message>
    <message>
        <source>People who know you show that you have ties to the community here.</source>
        <comment>r_hearing_witness.why</comment>
        <translation>الأشخاص الذين يعرفونك يُظهرون أن لك روابط مع المجتمع هنا.</translation>
    </message>
    <message>
        <source>A detention review hearing decides if you can be released. A witness says how they know and support you.</source>
        <comment>r_hearing_witness.help</comment>
        <translation>جلسة مراجعة الاحتجاز تقرر ما إذا كان يمكن الإفراج عنك. الشاهد يقول كيف يعرفك ويدعمك.</translation>
    </message>
    <message>
        <source>Where would you stay if you are released? Add the person or the shelter.</source>
        <comment>r_release_address.text</comment>
        <translation>أين ستقيم إذا أُفرج عنك؟ يمكنك إضافة الشخص أو دار الإيواء.</translation>
    </message>
    <message>
        <source>You must give this address at the hearing. Talk with them now, because it is hard to reach out once detained.</source>
        <comment>r_release_address.why</comment>
        <translation>يلزم تقديم هذا العنوان في الجلسة. من الأفضل التحدث معهم الآن، لأن التواصل مع الناس صعب بعد الاحتجاز.</translation>
    </message>
    <message>
        <source>Staying with your bond person often counts for more than a shelter, but a shelter may be accepted.</source>
        <comment>r_release_address.help</comment>
        <translation>الإقامة عند الشخص الضامن لها غالبًا وزن أكبر من دار الإيواء، لكن دار الإيواء قد تُقبل.</translation>
    </message>
    <message>
        <source>Things to plan in advance</source>
        <comment>advance.title</comment>
        <translation>أشياء يجب التخطيط لها مسبقًا</translation>
    </message>
    <message>
        <source>Your phone may be taken from you, so some things need to be ready now.</source>
        <comment>advance.intro</comment>
        <translation>قد يُؤخذ منك هاتفك، لذا يجب أن تكون بعض الأشياء جاهزة الآن.</translation>
    </message>
    <message>
        <source>Do you know by heart the phone numbers of the people you would call?</source>
        <comment>r_numbers_by_heart.text</comment>
        <translation>هل تحفظ عن ظهر قلب أرقام هواتف الأشخاص الذين ستتصل بهم؟</translation>
    </message>
    <message>
        <source>Your phone may be taken. Numbers you know by heart stay with you.</source>
        <comment>r_numbers_by_heart.why</comment>
        <translation>قد يُؤخذ هاتفك. الأرقام التي تحفظها عن ظهر قلب تبقى معك.</translation>
    </message>
    <message>
        <source>In the list of people, you can mark numbers to learn, and practise them here.</source>
        <comment>r_numbers_by_heart.help</comment>
        <translation>في قائمة الأشخاص، يمكنك تحديد الأرقام التي تريد حفظها، والتمرين عليها هنا.</translation>
    </message>
    <message>
        <source>Who would look after your children if you were detained?</source>
        <comment>r_carer_children.text</comment>
        <translation>مَن سيرعى أطفالك في حال الاحتجاز؟</translation>
    </message>
    <message>
        <source>Knowing who will care for them gives you and them some peace of mind.</source>
        <comment>r_carer_children.why</comment>
        <translation>معرفة مَن سيرعاهم تمنحك وتمنحهم بعض الطمأنينة.</translation>
    </message>
    <message>
        <source>Who would look after your pets?</source>
        <comment>r_carer_pets.text</comment>
        <translation>مَن سيرعى حيواناتك الأليفة؟</translation>
    </message>
    <message>
        <source>Pets need someone to feed them from the first day.</source>
        <comment>r_carer_pets.why</comment>
        <translation>تحتاج الحيوانات الأليفة إلى مَن يطعمها من اليوم الأول.</translation>
    </message>
    <message>
        <source>Who has a key to your home and could bring you clothes, money, documents and medication?</source>
        <comment>r_key_holder.text</comment>
        <translation>مَن لديه مفتاح بيتك ويمكنه أن يحضر لك الملابس والمال والمستندات والأدوية؟</translation>
    </message>
    <message>
        <source>You may need things from home, and you cannot go and get them yourself.</source>
        <comment>r_key_holder.why</comment>
        <translation>قد تحتاج إلى أشياء من البيت، ولا يمكنك الذهاب لإحضارها بنفسك.</translation>
    </message>
    <message>
        <source>Which documents would you need, and where are they kept?</source>
        <comment>r_documents.text</comment>
        <translation>ما المستندات التي قد تحتاج إليها، وأين تُحفظ؟</translation>
    </message>
    <message>
        <source>Your lawyer or key holder may need your passport or other papers for the hearing.</source>
        <comment>r_documents.why</comment>
        <translation>قد يحتاج محاميك أو الشخص الذي لديه مفتاحك إلى جواز سفرك أو أوراق أخرى للجلسة.</translation>
    </message>
    <message>
        <source>Passport</source>
        <comment>r_documents.example1</comment>
        <translation>جواز السفر</translation>
    </message>
    <message>
        <source>Study or work permit</source>
        <comment>r_documents.example2</comment>
        <translation>تصريح الدراسة أو العمل</translation>
    </message>
    <message>
        <source>Lease or letter showing my address</source>
        <comment>r_documents.example3</comment>
        <translation>عقد الإيجار أو رسالة تُثبت عنواني</translation>
    </message>
    <message>
        <source>Which trusted service provider would contact your family or friends if you were detained?</source>
        <comment>r_family_contact.text</comment>
        <translation>أي جهة خدمات موثوقة ستتواصل مع عائلتك أو أصدقائك في حال الاحتجاز؟</translation>
    </message>
    <message>
        <source>You may not be able to call them yourself, or often.</source>
        <comment>r_family_contact.why</comment>
        <translation>قد لا تتمكن من الاتصال بهم بنفسك، أو قد لا تتمكن من ذلك كثيرًا.</translation>
    </message>
    <message>
        <source>What would you like them to say for you, and what should they not say?</source>
        <comment>r_family_message.text</comment>
        <translation>ماذا تريد أن يقولوا نيابةً عنك، وما الذي يجب ألا يقولوه؟</translation>
    </message>
    <message>
        <source>You decide what other people are told about you.</source>
        <comment>r_family_message.why</comment>
        <translation>القرار لك في ما يُقال للآخرين عنك.</translation>
    </message>
    <message>
        <source>Tell my sister I am safe and ask her to call my lawyer</source>
        <comment>r_family_message.example1</comment>
        <translation>إخبار أختي أنني بخير، والطلب منها أن تتصل بمحاميّ</translation>
    </message>
    <message>
        <source>Do not talk about my work</source>
        <comment>r_family_message.example2</comment>
        <translation>عدم الحديث عن عملي</translation>
    </message>
    <message>
        <source>Health, money and people who count on you</source>
        <comment>needs.title</comment>
        <translation>الصحة والمال والأشخاص الذين يعتمدون عليك</translation>
    </message>
    <message>
        <source>Things that need care while you are away, and for the hearing.</source>
        <comment>needs.intro</comment>
        <translation>أشياء تحتاج إلى رعاية أثناء غيابك، ومن أجل الجلسة.</translation>
    </message>
    <message>
        <source>What medication or medical care do you need?</source>
        <comment>r_medication.text</comment>
        <translation>ما الأدوية أو الرعاية الطبية التي تحتاج إليها؟</translation>
    </message>
    <message>
        <source>This can go on your wallet card, so staff know what you need.</source>
        <comment>r_medication.why</comment>
        <translation>يمكن كتابة هذا على بطاقة المحفظة، ليعرف الموظفون ما تحتاج إليه.</translation>
    </message>
    <message>
        <source>Write only what you want others to see. You can use general words.</source>
        <comment>r_medication.help</comment>
        <translation>يُكتب فقط ما تريد أن يراه الآخرون. يمكن استخدام كلمات عامة.</translation>
    </message>
    <message>
        <source>Insulin, twice a day</source>
        <comment>r_medication.example1</comment>
        <translation>إنسولين، مرتين في اليوم</translation>
    </message>
    <message>
        <source>One pill for blood pressure each morning</source>
        <comment>r_medication.example2</comment>
        <translation>حبة واحدة لضغط الدم كل صباح</translation>
    </message>
    <message>
        <source>Which language do you speak best? Do you need an interpreter?</source>
        <comment>r_interpreter.text</comment>
        <translation>ما اللغة التي تتحدثها أفضل من غيرها؟ هل تحتاج إلى مترجم فوري؟</translation>
    </message>
    <message>
        <source>This can go on your wallet card. You can ask for an interpreter at a hearing.</source>
        <comment>r_interpreter.why</comment>
        <translation>يمكن كتابة هذا على بطاقة المحفظة. يمكنك طلب مترجم فوري في الجلسة.</translation>
    </message>
    <message>
        <source>An interpreter says in your language what others say, and says your words in theirs.</source>
        <comment>r_interpreter.help</comment>
        <translation>المترجم الفوري ينقل إليك بلغتك ما يقوله الآخرون، وينقل كلامك إلى لغتهم.</translation>
    </message>
    <message>
        <source>Vietnamese, interpreter needed</source>
        <comment>r_interpreter.example1</comment>
        <translation>الفيتنامية، أحتاج إلى مترجم فوري</translation>
    </message>
    <message>
        <source>Mandarin and some English</source>
        <comment>r_interpreter.example2</comment>
        <translation>الماندرين وقليل من الإنجليزية</translation>
    </message>
    <message>
        <source>Is there someone you trust to take care of your private matters, like rent or your bank?</source>
        <comment>r_power_of_attorney.text</comment>
        <translation>هل هناك شخص تثق به ليهتم بشؤونك الخاصة، مثل الإيجار أو البنك؟</translation>
    </message>
    <message>
        <source>While you are detained, someone can pay bills and deal with offices for you.</source>
        <comment>r_power_of_attorney.why</comment>
        <translation>أثناء احتجازك، يمكن لشخص ما دفع الفواتير والتعامل مع المكاتب نيابةً عنك.</translation>
    </message>
    <message>
        <source>Power of attorney: a signed paper that lets a person you choose act for you. A lawyer or legal clinic can help.</source>
        <comment>r_power_of_attorney.help</comment>
        <translation>التوكيل القانوني: ورقة موقّعة تسمح لشخص تختاره بالتصرف نيابةً عنك. يمكن لمحامٍ أو عيادة قانونية المساعدة.</translation>
    </message>
    <message>
        <source>If your bank account were frozen, how would you get money? Who could help you talk to the bank?</source>
        <comment>r_frozen_account.text</comment>
        <translation>إذا جُمّد حسابك المصرفي، كيف ستحصل على المال؟ مَن يمكنه مساعدتك في التحدث إلى البنك؟</translation>
    </message>
    <message>
        <source>You may need money for bond, rent or a lawyer while your account is closed to you.</source>
        <comment>r_frozen_account.why</comment>
        <translation>قد تحتاج إلى مال للضمان المالي أو الإيجار أو المحامي بينما حسابك مغلق أمامك.</translation>
    </message>
    <message>
        <source>A frozen account is one the bank has stopped, so no money can come out.</source>
        <comment>r_frozen_account.help</comment>
        <translation>الحساب المجمّد هو حساب أوقفه البنك، فلا يمكن سحب أي مال منه.</translation>
    </message>
    <message>
        <source>Some cash kept with my sister</source>
        <comment>r_frozen_account.example1</comment>
        <translation>بعض المال النقدي عند أختي</translation>
    </message>
    <message>
        <source>My support worker can call the bank with me</source>
        <comment>r_frozen_account.example2</comment>
        <translation>عامل الدعم يمكنه الاتصال بالبنك معي</translation>
    </message>
    <message>
        <source>Who should be told if you are away for some time?</source>
        <comment>r_notify.text</comment>
        <translation>مَن يجب إخباره إذا غبت بعض الوقت؟</translation>
    </message>
    <message>
        <source>Missing classes or work without notice can cause problems, for example with a study permit.</source>
        <comment>r_notify.why</comment>
        <translation>التغيّب عن الدروس أو العمل دون إشعار قد يسبب مشكلات، مثلًا مع تصريح الدراسة.</translation>
    </message>
    <message>
        <source>My school or college</source>
        <comment>r_notify.option.school</comment>
        <translation>مدرستي أو كليتي</translation>
    </message>
    <message>
        <source>My work</source>
        <comment>r_notify.option.work</comment>
        <translation>عملي</translation>
    </message>
    <message>
        <source>My landlord</source>
        <comment>r_notify.option.landlord</comment>
        <translation>مالك السكن</translation>
    </message>
    <message>
        <source>Someone else</source>
        <comment>r_notify.option.someone_else</comment>
        <translation>شخص آخر</translation>
    </message>
    <message>
        <source>Do you take care of other people, here or in another country, who would need help if you were detained?</source>
        <comment>r_care_others.text</comment>
        <translation>هل ترعى أشخاصًا آخرين، هنا أو في بلد آخر، سيحتاجون إلى مساعدة في حال الاحتجاز؟</translation>
    </message>
    <message>
        <source>Planning now means they still get help while you are away.</source>
        <comment>r_care_others.why</comment>
        <translation>التخطيط الآن يعني أنهم سيستمرون في تلقي المساعدة أثناء غيابك.</translation>
    </message>
    <message>
        <source>I send money to my mother each month</source>
        <comment>r_care_others.example1</comment>
        <translation>أرسل المال إلى أمي كل شهر</translation>
    </message>
    <message>
        <source>I take my neighbour to the doctor</source>
        <comment>r_care_others.example2</comment>
        <translation>آخذ جارتي إلى الطبيب</translation>
    </message>
    <message>
        <source>Would you like to talk with a lawyer about what to say, and what not to say, at a hearing?</source>
        <comment>r_hearing_talk.text</comment>
        <translation>هل تودّ التحدث مع محامٍ عمّا يجب قوله، وما يجب عدم قوله، في الجلسة؟</translation>
    </message>
    <message>
        <source>What you say at a hearing can change the result. A lawyer can help you prepare.</source>
        <comment>r_hearing_talk.why</comment>
        <translation>ما تقوله في الجلسة قد يغيّر النتيجة. يمكن للمحامي مساعدتك في التحضير.</translation>
    </message>
</context>
<context>
    <name>forms.safety_plan</name>
    <message>
        <source>Safety plan</source>
        <comment>form.title</comment>
        <translation>خطة السلامة</translation>
    </message>
    <message>
        <source>A plan to help you stay safe from a person or a situation that puts you at risk. You decide what goes in it, and what you want to do. You can skip any question, or come back to it later.</source>
        <comment>form.description</comment>
        <translation>خطة تساعدك على البقاء في أمان من شخص أو وضع يعرّضك للخطر. القرار لك في ما تتضمنه الخطة، وفي ما تريد فعله. يمكن تخطي أي سؤال، أو العودة إليه لاحقًا.</translation>
    </message>
    <message>
        <source>Plan to leave</source>
        <comment>leave.title</comment>
        <translation>خطة المغادرة</translation>
    </message>
    <message>
        <source>If you ever decide to leave, or must leave quickly, it helps to have things ready.</source>
        <comment>leave.intro</comment>
        <translation>إذا قررت يومًا المغادرة، أو اضطُررت إلى المغادرة بسرعة، فمن المفيد أن تكون بعض الأشياء جاهزة.</translation>
    </message>
    <message>
        <source>What would you like this plan to help you with?</source>
        <comment>s_goal.text</comment>
        <translation>في أي شيء تودّ أن تساعدك هذه الخطة؟</translation>
    </message>
    <message>
        <source>This plan follows what you want, not what others expect.</source>
        <comment>s_goal.why</comment>
        <translation>هذه الخطة تتبع ما تريده أنت، لا ما يتوقعه الآخرون.</translation>
    </message>
    <message>
        <source>Being ready in case things get worse</source>
        <comment>s_goal.example1</comment>
        <translation>الاستعداد في حال ساءت الأمور</translation>
    </message>
    <message>
        <source>Leaving a workplace</source>
        <comment>s_goal.example2</comment>
        <translation>ترك مكان عمل</translation>
    </message>
    <message>
        <source>Staying, but with more safety</source>
        <comment>s_goal.example3</comment>
        <translation>البقاء، ولكن بأمان أكبر</translation>
    </message>
    <message>
        <source>If you left, do you think the person might try to hurt you or punish you for leaving?</source>
        <comment>s_retaliation.text</comment>
        <translation>إذا غادرت، هل تظن أن الشخص قد يحاول إيذاءك أو معاقبتك على المغادرة؟</translation>
    </message>
    <message>
        <source>Knowing the risk helps you choose when and how to leave, and who to tell.</source>
        <comment>s_retaliation.why</comment>
        <translation>معرفة الخطر تساعدك على اختيار متى تغادر وكيف، ومَن تخبر.</translation>
    </message>
    <message>
        <source>Yes, I think so</source>
        <comment>s_retaliation.option.likely</comment>
        <translation>نعم، أظن ذلك</translation>
    </message>
    <message>
        <source>Maybe, I am not sure</source>
        <comment>s_retaliation.option.maybe</comment>
        <translation>ربما، لا أعرف بالتأكيد</translation>
    </message>
    <message>
        <source>I do not think so</source>
        <comment>s_retaliation.option.unlikely</comment>
        <translation>لا أظن ذلك</translation>
    </message>
    <message>
        <source>What could make leaving safer for you?</source>
        <comment>s_safer_leaving.text</comment>
        <translation>ما الذي يمكن أن يجعل مغادرتك أكثر أمانًا؟</translation>
    </message>
    <message>
        <source>Small steps can lower the risk when you leave.</source>
        <comment>s_safer_leaving.why</comment>
        <translation>الخطوات الصغيرة يمكن أن تقلل الخطر عند المغادرة.</translation>
    </message>
    <message>
        <source>Leave when they are not at home</source>
        <comment>s_safer_leaving.example1</comment>
        <translation>المغادرة عندما لا يكون الشخص في البيت</translation>
    </message>
    <message>
        <source>Have a friend with me</source>
        <comment>s_safer_leaving.example2</comment>
        <translation>أن يكون معي صديق أو صديقة</translation>
    </message>
    <message>
        <source>Change my phone number after I leave</source>
        <comment>s_safer_leaving.example3</comment>
        <translation>تغيير رقم هاتفي بعد المغادرة</translation>
    </message>
    <message>
        <source>Where could you go if you leave? Add the people or places, with their address or phone number.</source>
        <comment>s_safe_place.text</comment>
        <translation>إلى أين يمكنك الذهاب إذا غادرت؟ يمكنك إضافة الأشخاص أو الأماكن، مع العنوان أو رقم الهاتف.</translation>
    </message>
    <message>
        <source>When you know where to go, leaving quickly is easier.</source>
        <comment>s_safe_place.why</comment>
        <translation>عندما تعرف إلى أين تذهب، تصبح المغادرة السريعة أسهل.</translation>
    </message>
    <message>
        <source>A friend, someone in your community, an emergency shelter or a motel. A first name is enough.</source>
        <comment>s_safe_place.help</comment>
        <translation>صديق أو صديقة، أو شخص من مجتمعك، أو مأوى طوارئ، أو فندق صغير (موتيل). الاسم الأول يكفي.</translation>
    </message>
    <message>
        <source>A friend&apos;s place</source>
        <comment>s_safe_place.example1</comment>
        <translation>بيت صديق أو صديقة</translation>
    </message>
    <message>
        <source>An emergency shelter</source>
        <comment>s_safe_place.example2</comment>
        <translation>مأوى طوارئ</translation>
    </message>
    <message>
        <source>A motel near work</source>
        <comment>s_safe_place.example3</comment>
        <translation>موتيل قريب من العمل</translation>
    </message>
    <message>
        <source>If you live or work with the person, do you have a hidden place to keep these addresses?</source>
        <comment>s_hide_addresses.text</comment>
        <translation>إذا كان سكنك أو عملك مع الشخص، هل لديك مكان مخفي لحفظ هذه العناوين؟</translation>
    </message>
    <message>
        <source>The person may look through your phone or your things.</source>
        <comment>s_hide_addresses.why</comment>
        <translation>قد يفتّش الشخص هاتفك أو أغراضك.</translation>
    </message>
    <message>
        <source>On a friend&apos;s phone</source>
        <comment>s_hide_addresses.example1</comment>
        <translation>في هاتف صديق أو صديقة</translation>
    </message>
    <message>
        <source>Written with first names only, in a notebook at work</source>
        <comment>s_hide_addresses.example2</comment>
        <translation>مكتوبة بالأسماء الأولى فقط، في دفتر في العمل</translation>
    </message>
    <message>
        <source>How could you get there? Choose any that could work.</source>
        <comment>s_transport.text</comment>
        <translation>كيف يمكنك الوصول إلى هناك؟ يمكنك اختيار كل ما قد ينفع.</translation>
    </message>
    <message>
        <source>Knowing the way saves time if you must leave suddenly.</source>
        <comment>s_transport.why</comment>
        <translation>معرفة الطريق توفّر الوقت إذا اضطُررت إلى المغادرة فجأة.</translation>
    </message>
    <message>
        <source>Walk</source>
        <comment>s_transport.option.walk</comment>
        <translation>مشيًا</translation>
    </message>
    <message>
        <source>Bus, subway or train</source>
        <comment>s_transport.option.transit</comment>
        <translation>حافلة أو مترو أو قطار</translation>
    </message>
    <message>
        <source>Taxi or ride app</source>
        <comment>s_transport.option.taxi</comment>
        <translation>سيارة أجرة أو تطبيق نقل</translation>
    </message>
    <message>
        <source>Someone drives me</source>
        <comment>s_transport.option.friend_drives</comment>
        <translation>شخص يوصلني بالسيارة</translation>
    </message>
    <message>
        <source>Another way</source>
        <comment>s_transport.option.other</comment>
        <translation>طريقة أخرى</translation>
    </message>
    <message>
        <source>Do you plan to leave soon, or do you want to be ready in case you must leave suddenly?</source>
        <comment>s_timing.text</comment>
        <translation>هل تخطط للمغادرة قريبًا، أم تريد الاستعداد في حال اضطُررت إلى المغادرة فجأة؟</translation>
    </message>
    <message>
        <source>Your answer changes what to prepare first.</source>
        <comment>s_timing.why</comment>
        <translation>إجابتك تغيّر ما يجب تجهيزه أولًا.</translation>
    </message>
    <message>
        <source>I plan to leave soon</source>
        <comment>s_timing.option.soon</comment>
        <translation>أخطط للمغادرة قريبًا</translation>
    </message>
    <message>
        <source>I want to be ready, in case</source>
        <comment>s_timing.option.be_ready</comment>
        <translation>أريد الاستعداد، تحسّبًا</translation>
    </message>
    <message>
        <source>I have not decided</source>
        <comment>s_timing.option.undecided</comment>
        <translation>لم أقرر بعد</translation>
    </message>
    <message>
        <source>If you plan to leave soon, is there a day you have in mind?</source>
        <comment>s_leave_date.text</comment>
        <translation>إذا كنت تخطط للمغادرة قريبًا، هل في ذهنك يوم محدد؟</translation>
    </message>
    <message>
        <source>A date helps you plan the steps that come before it.</source>
        <comment>s_leave_date.why</comment>
        <translation>التاريخ يساعدك على التخطيط للخطوات التي تسبقه.</translation>
    </message>
    <message>
        <source>Which small things could you keep in your everyday bag, in case you must leave suddenly?</source>
        <comment>s_bag.text</comment>
        <translation>ما الأشياء الصغيرة التي يمكنك إبقاؤها في حقيبتك اليومية، في حال اضطُررت إلى المغادرة فجأة؟</translation>
    </message>
    <message>
        <source>A few things let you leave at once. Too many things may make someone suspicious.</source>
        <comment>s_bag.why</comment>
        <translation>بضعة أشياء تتيح لك المغادرة فورًا. الأشياء الكثيرة قد تثير الشك.</translation>
    </message>
    <message>
        <source>Medication</source>
        <comment>s_bag.option.medication</comment>
        <translation>الأدوية</translation>
    </message>
    <message>
        <source>A change of clothes</source>
        <comment>s_bag.option.clothes</comment>
        <translation>ملابس للتبديل</translation>
    </message>
    <message>
        <source>A little money, hidden (for example in a lipstick tube)</source>
        <comment>s_bag.option.cash</comment>
        <translation>قليل من المال، مخبأ (مثلًا داخل أنبوب أحمر شفاه)</translation>
    </message>
    <message>
        <source>A phone charger</source>
        <comment>s_bag.option.charger</comment>
        <translation>شاحن هاتف</translation>
    </message>
    <message>
        <source>Spare keys</source>
        <comment>s_bag.option.keys</comment>
        <translation>مفاتيح احتياطية</translation>
    </message>
    <message>
        <source>Important phone numbers on paper</source>
        <comment>s_bag.option.numbers</comment>
        <translation>أرقام الهواتف المهمة على ورقة</translation>
    </message>
    <message>
        <source>Do you need to plan for children, other people you care for, or pets?</source>
        <comment>s_care.text</comment>
        <translation>هل تحتاج إلى التخطيط لأطفال، أو لأشخاص آخرين ترعاهم، أو لحيوانات أليفة؟</translation>
    </message>
    <message>
        <source>Planning ahead means they are looked after if you leave quickly.</source>
        <comment>s_care.why</comment>
        <translation>التخطيط المسبق يعني أنهم سيلقون الرعاية إذا غادرت بسرعة.</translation>
    </message>
    <message>
        <source>My son: my sister can pick him up from school</source>
        <comment>s_care.example1</comment>
        <translation>ابني: أختي يمكنها أن تأخذه من المدرسة</translation>
    </message>
    <message>
        <source>My cat: a neighbour can feed her</source>
        <comment>s_care.example2</comment>
        <translation>قطتي: جارتي يمكنها إطعامها</translation>
    </message>
    <message>
        <source>Supports and resources</source>
        <comment>supports.title</comment>
        <translation>الدعم والموارد</translation>
    </message>
    <message>
        <source>The people and groups who can help you, and the strengths you already have.</source>
        <comment>supports.intro</comment>
        <translation>الأشخاص والمجموعات الذين يمكنهم مساعدتك، ونقاط القوة التي لديك أصلًا.</translation>
    </message>
    <message>
        <source>Who could help you find services and contact them? This can be an organisation, a co-worker, a friend, a client or family.</source>
        <comment>s_helpers.text</comment>
        <translation>مَن يمكنه مساعدتك في إيجاد الخدمات والتواصل معها؟ قد يكون منظمة، أو زميلًا في العمل، أو صديقًا، أو زبونًا، أو أحد أفراد العائلة.</translation>
    </message>
    <message>
        <source>Someone who knows the services can save you time and worry.</source>
        <comment>s_helpers.why</comment>
        <translation>الشخص الذي يعرف الخدمات يمكن أن يوفّر عليك الوقت والقلق.</translation>
    </message>
    <message>
        <source>Services can be shelters, programs for people facing violence, legal help or food banks.</source>
        <comment>s_helpers.help</comment>
        <translation>الخدمات قد تكون دور إيواء، أو برامج للأشخاص الذين يواجهون العنف، أو مساعدة قانونية، أو بنوك طعام.</translation>
    </message>
    <message>
        <source>What other support would help you? Who could give it?</source>
        <comment>s_other_support.text</comment>
        <translation>ما الدعم الآخر الذي قد يساعدك؟ ومَن يمكنه تقديمه؟</translation>
    </message>
    <message>
        <source>Support can be practical, like a ride, or someone to talk to. Both count.</source>
        <comment>s_other_support.why</comment>
        <translation>الدعم قد يكون عمليًا، مثل توصيلة بالسيارة، أو شخصًا تتحدث إليه. كلاهما مهم.</translation>
    </message>
    <message>
        <source>A ride to the shelter</source>
        <comment>s_other_support.example1</comment>
        <translation>توصيلة إلى دار الإيواء</translation>
    </message>
    <message>
        <source>Someone to talk to in my language</source>
        <comment>s_other_support.example2</comment>
        <translation>شخص أتحدث إليه بلغتي</translation>
    </message>
    <message>
        <source>Help with rent</source>
        <comment>s_other_support.example3</comment>
        <translation>مساعدة في دفع الإيجار</translation>
    </message>
    <message>
        <source>What matters most to you right now?</source>
        <comment>s_priorities.text</comment>
        <translation>ما أهم شيء بالنسبة إليك الآن؟</translation>
    </message>
    <message>
        <source>Your priorities decide which steps come first in your plan.</source>
        <comment>s_priorities.why</comment>
        <translation>أولوياتك تحدد الخطوات التي تأتي أولًا في خطتك.</translation>
    </message>
    <message>
        <source>Keeping my job</source>
        <comment>s_priorities.example1</comment>
        <translation>الحفاظ على عملي</translation>
    </message>
    <message>
        <source>My child&apos;s school</source>
        <comment>s_priorities.example2</comment>
        <translation>مدرسة طفلي</translation>
    </message>
    <message>
        <source>Keeping my immigration status</source>
        <comment>s_priorities.example3</comment>
        <translation>الحفاظ على وضعي في الهجرة</translation>
    </message>
    <message>
        <source>How have you kept yourself safe before? What are you doing now that helps?</source>
        <comment>s_strengths.text</comment>
        <translation>كيف حافظت على سلامتك من قبل؟ ما الذي تفعله الآن ويساعدك؟</translation>
    </message>
    <message>
        <source>You know your life best. Your skills and experience are part of this plan.</source>
        <comment>s_strengths.why</comment>
        <translation>أنت أعلم الناس بحياتك. مهاراتك وخبرتك جزء من هذه الخطة.</translation>
    </message>
    <message>
        <source>I tell a co-worker where I am</source>
        <comment>s_strengths.example1</comment>
        <translation>أخبر زميلًا في العمل بمكاني</translation>
    </message>
    <message>
        <source>I screen new clients</source>
        <comment>s_strengths.example2</comment>
        <translation>أتحقق من الزبائن الجدد</translation>
    </message>
    <message>
        <source>I keep my phone charged and with me</source>
        <comment>s_strengths.example3</comment>
        <translation>أبقي هاتفي مشحونًا ومعي</translation>
    </message>
    <message>
        <source>If you think about going to the police or immigration, would you talk with a lawyer first?</source>
        <comment>s_lawyer_first.text</comment>
        <translation>إذا فكرت في الذهاب إلى الشرطة أو سلطات الهجرة، هل ستتحدث مع محامٍ أولًا؟</translation>
    </message>
    <message>
        <source>Going to the police or immigration can help, but it can also bring risks, including for your status.</source>
        <comment>s_lawyer_first.why</comment>
        <translation>الذهاب إلى الشرطة أو سلطات الهجرة قد يساعد، لكنه قد يجلب مخاطر أيضًا، منها مخاطر على وضعك القانوني.</translation>
    </message>
    <message>
        <source>A lawyer can explain your choices before you decide. Legal clinics give free legal help.</source>
        <comment>s_lawyer_first.help</comment>
        <translation>يمكن للمحامي أن يشرح لك خياراتك قبل أن تقرر. العيادات القانونية تقدّم مساعدة قانونية مجانية.</translation>
    </message>
    <message>
        <source>If a partner sponsors your immigration, would you like to learn the rules that protect sponsored spouses facing violence at home?</source>
        <comment>s_sponsorship.text</comment>
        <translation>إذا كان شريكك هو الكفيل في ملف هجرتك، هل تودّ معرفة القواعد التي تحمي الأزواج المكفولين الذين يتعرضون للعنف في البيت؟</translation>
    </message>
    <message>
        <source>There are exceptions that may protect your status. Knowing them helps you decide with less fear.</source>
        <comment>s_sponsorship.why</comment>
        <translation>هناك استثناءات قد تحمي وضعك القانوني. معرفتها تساعدك على اتخاذ القرار بخوف أقل.</translation>
    </message>
    <message>
        <source>Sponsor: the person who signed to support your application to live in Canada.</source>
        <comment>s_sponsorship.help</comment>
        <translation>الكفيل: الشخص الذي وقّع لدعم طلبك للعيش في كندا.</translation>
    </message>
    <message>
        <source>Money</source>
        <comment>money.title</comment>
        <translation>المال</translation>
    </message>
    <message>
        <source>Some money of your own gives you more choices.</source>
        <comment>money.intro</comment>
        <translation>امتلاك بعض المال الخاص بك يمنحك خيارات أكثر.</translation>
    </message>
    <message>
        <source>Could you save and hide some money? How much would you need for travel and a room?</source>
        <comment>s_savings.text</comment>
        <translation>هل يمكنك ادخار بعض المال وإخفاؤه؟ كم تحتاج للتنقل ولغرفة؟</translation>
    </message>
    <message>
        <source>With enough for travel and a room, you do not have to stay in a shelter if you do not want to.</source>
        <comment>s_savings.why</comment>
        <translation>مع ما يكفي من المال للتنقل ولغرفة، لن تضطر إلى البقاء في دار إيواء إذا لم ترغب في ذلك.</translation>
    </message>
    <message>
        <source>$40 for a taxi</source>
        <comment>s_savings.example1</comment>
        <translation>40 دولارًا لسيارة أجرة</translation>
    </message>
    <message>
        <source>$300 for a room for a week</source>
        <comment>s_savings.example2</comment>
        <translation>300 دولار لغرفة لمدة أسبوع</translation>
    </message>
    <message>
        <source>Where could you keep this money, so that the person cannot find it?</source>
        <comment>s_money_place.text</comment>
        <translation>أين يمكنك الاحتفاظ بهذا المال، حتى لا يجده الشخص؟</translation>
    </message>
    <message>
        <source>Money is only useful if it is still there when you need it.</source>
        <comment>s_money_place.why</comment>
        <translation>المال مفيد فقط إذا بقي موجودًا عندما تحتاج إليه.</translation>
    </message>
    <message>
        <source>With a friend I trust</source>
        <comment>s_money_place.example1</comment>
        <translation>عند صديق موثوق أو صديقة موثوقة</translation>
    </message>
    <message>
        <source>In a pocket sewn into my bag</source>
        <comment>s_money_place.example2</comment>
        <translation>في جيب مخيط داخل حقيبتي</translation>
    </message>
    <message>
        <source>Do you have a bank account that only you can use?</source>
        <comment>s_own_account.text</comment>
        <translation>هل لديك حساب مصرفي لا يستخدمه أحد غيرك؟</translation>
    </message>
    <message>
        <source>Money in your own account is harder for others to take or control.</source>
        <comment>s_own_account.why</comment>
        <translation>المال في حسابك الخاص يصعب على الآخرين أخذه أو التحكم فيه.</translation>
    </message>
    <message>
        <source>Yes</source>
        <comment>s_own_account.option.yes</comment>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No, but I could open one</source>
        <comment>s_own_account.option.could_open</comment>
        <translation>لا، لكن يمكنني فتح حساب</translation>
    </message>
    <message>
        <source>No</source>
        <comment>s_own_account.option.no</comment>
        <translation>لا</translation>
    </message>
    <message>
        <source>I am not sure</source>
        <comment>s_own_account.option.not_sure</comment>
        <translation>لا أعرف بالتأكيد</translation>
    </message>
    <message>
        <source>Does your bank send letters to an address where the person cannot see them?</source>
        <comment>s_bank_mail.text</comment>
        <translation>هل يرسل البنك رسائله إلى عنوان لا يستطيع الشخص رؤيتها فيه؟</translation>
    </message>
    <message>
        <source>A letter from the bank can tell the person that you have an account.</source>
        <comment>s_bank_mail.why</comment>
        <translation>رسالة من البنك قد تُعلم الشخص بأن لديك حسابًا.</translation>
    </message>
    <message>
        <source>You can ask the bank to use another address, or to send letters online only.</source>
        <comment>s_bank_mail.help</comment>
        <translation>يمكنك أن تطلب من البنك استخدام عنوان آخر، أو إرسال الرسائل عبر الإنترنت فقط.</translation>
    </message>
    <message>
        <source>ID, documents and bank information</source>
        <comment>papers.title</comment>
        <translation>الهوية والمستندات والمعلومات المصرفية</translation>
    </message>
    <message>
        <source>Your papers, ready to take, and copies kept somewhere safe.</source>
        <comment>papers.intro</comment>
        <translation>أوراقك جاهزة للأخذ، ونسخ منها محفوظة في مكان آمن.</translation>
    </message>
    <message>
        <source>Which important documents would you take with you? Note where each one is kept.</source>
        <comment>s_documents.text</comment>
        <translation>ما المستندات المهمة التي ستأخذها معك؟ مع ملاحظة مكان حفظ كل منها.</translation>
    </message>
    <message>
        <source>If they are together in one place, you can take them all quickly.</source>
        <comment>s_documents.why</comment>
        <translation>إذا كانت معًا في مكان واحد، يمكنك أخذها كلها بسرعة.</translation>
    </message>
    <message>
        <source>Passport</source>
        <comment>s_documents.example1</comment>
        <translation>جواز السفر</translation>
    </message>
    <message>
        <source>Immigration papers</source>
        <comment>s_documents.example2</comment>
        <translation>أوراق الهجرة</translation>
    </message>
    <message>
        <source>Bank card</source>
        <comment>s_documents.example3</comment>
        <translation>البطاقة المصرفية</translation>
    </message>
    <message>
        <source>Health card</source>
        <comment>s_documents.example4</comment>
        <translation>البطاقة الصحية</translation>
    </message>
    <message>
        <source>My children&apos;s birth certificates</source>
        <comment>s_documents.example5</comment>
        <translation>شهادات ميلاد أطفالي</translation>
    </message>
    <message>
        <source>Could an organisation you trust keep a copy of your file or papers for you?</source>
        <comment>s_org_copy.text</comment>
        <translation>هل يمكن لمنظمة تثق بها أن تحتفظ لك بنسخة من ملفك أو أوراقك؟</translation>
    </message>
    <message>
        <source>If you leave quickly, a copy waits for you somewhere safe.</source>
        <comment>s_org_copy.why</comment>
        <translation>إذا غادرت بسرعة، تنتظرك نسخة في مكان آمن.</translation>
    </message>
    <message>
        <source>Would you like to keep a record each time the person contacts you or causes a problem?</source>
        <comment>s_incident_record.text</comment>
        <translation>هل تودّ تسجيل كل مرة يتواصل فيها الشخص معك أو يسبب مشكلة؟</translation>
    </message>
    <message>
        <source>A record with dates can help later, for example with a lawyer or an immigration application.</source>
        <comment>s_incident_record.why</comment>
        <translation>السجل المؤرَّخ قد يساعد لاحقًا، مثلًا مع محامٍ أو في طلب هجرة.</translation>
    </message>
    <message>
        <source>Write the date, time and place. Keep it where the person cannot reach it, like SaferPlan&apos;s private record.</source>
        <comment>s_incident_record.help</comment>
        <translation>يُرجى تدوين التاريخ والوقت والمكان، وحفظ ذلك في مكان لا يصل إليه الشخص، مثل السجل الخاص في SaferPlan.</translation>
    </message>
    <message>
        <source>I already keep a record</source>
        <comment>s_incident_record.option.already</comment>
        <translation>أحتفظ بسجل بالفعل</translation>
    </message>
    <message>
        <source>I would like to start</source>
        <comment>s_incident_record.option.start</comment>
        <translation>أودّ أن أبدأ</translation>
    </message>
    <message>
        <source>Not right now</source>
        <comment>s_incident_record.option.not_now</comment>
        <translation>ليس الآن</translation>
    </message>
    <message>
        <source>Where could you keep copies of your records and documents, away from the person?</source>
        <comment>s_copies_place.text</comment>
        <translation>أين يمكنك حفظ نسخ من سجلاتك ومستنداتك، بعيدًا عن الشخص؟</translation>
    </message>
    <message>
        <source>Copies stay safe even if your phone or papers are taken.</source>
        <comment>s_copies_place.why</comment>
        <translation>تبقى النسخ في أمان حتى لو أُخذ هاتفك أو أوراقك.</translation>
    </message>
    <message>
        <source>With someone I really trust</source>
        <comment>s_copies_place.option.trusted_person</comment>
        <translation>عند شخص أثق به حقًا</translation>
    </message>
    <message>
        <source>At an organisation</source>
        <comment>s_copies_place.option.organisation</comment>
        <translation>لدى منظمة</translation>
    </message>
    <message>
        <source>In an email account only I know</source>
        <comment>s_copies_place.option.private_email</comment>
        <translation>في حساب بريد إلكتروني لا يعرفه أحد غيري</translation>
    </message>
    <message>
        <source>I do not have a place yet</source>
        <comment>s_copies_place.option.not_yet</comment>
        <translation>ليس لدي مكان بعد</translation>
    </message>
    <message>
        <source>Do you have an email account that the person does not know about?</source>
        <comment>s_private_email.text</comment>
        <translation>هل لديك حساب بريد إلكتروني لا يعرف عنه الشخص؟</translation>
    </message>
    <message>
        <source>You can email scans and notes to yourself and keep them safe there.</source>
        <comment>s_private_email.why</comment>
        <translation>يمكنك أن ترسل لنفسك بالبريد الإلكتروني صورًا ممسوحة ضوئيًا وملاحظات، وتبقى آمنة هناك.</translation>
    </message>
    <message>
        <source>Sign in only at a community organisation or a public library, not on a shared phone.</source>
        <comment>s_private_email.help</comment>
        <translation>يُفضَّل تسجيل الدخول فقط في منظمة مجتمعية أو مكتبة عامة، لا على هاتف مشترك.</translation>
    </message>
</context>
</TS>

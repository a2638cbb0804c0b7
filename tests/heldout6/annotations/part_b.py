"""Sixth held-out claim set, part b (see ann_heldout6.py)."""
from dsl import *

UN = OR("الأمم المتحدة")
ACTIVISTS = AN("ناشطون بالمنطقة")
SY_REGIME = OF("النظام السوري")
PS_MOH = OF("وزارة الصحة الفلسطينية")
QUDRA = PE("أشرف القدرة", "المتحدث باسم وزارة الصحة الفلسطينية")
WAFA = AG("وفا")
NRC = OR("المجلس النرويجي للاجئين")
OCHA = OR("مكتب تنسيق الشؤون الإنسانية")
ICRC = OR("اللجنة الدولية للصليب الأحمر")
COALITION = OR("التحالف العربي بقيادة السعودية")
MALIKI = PE("تركي المالكي", "المتحدث باسم التحالف")
HEZBOLLAH = OR("حزب الله")
NASRALLAH = PE("حسن نصرالله", "الأمين العام لحزب الله")
IDF = OF("الجيش الإسرائيلي")
HAMAS = OR("حماس")
BARHOUM = PE("فوزي برهوم", "الناطق باسم حماس")
IKHBARIYA = OU("تلفزيون الإخبارية السوري")
TAIZ_CENTER = OR("مركز الملعومات والتأهيل لحقوق الإنسان")
CENTCOM = OF("القيادة العسكرية الأميركية الوسطى للشرق الأوسط")

# ------------------------------------------------------------------ shared evidence
CN120_L = 'أتلانتا، الولايات المتحدة الأمريكية (CNN)-- استمر القصف الجوي وبالمدفعية في منطقة الغوطة الشرقية المحارصة في سوريا، الثلاثاء، ليقاطع استمرار العنف "الهدنة الإنسانية" التي أعلنها، الإثنين، الرئيس الروسي فلاديمير بوتين لخمس ساعات يوماً، والتي كان من المفترض العمل بها منذ 27 فبراير/شباط.'
CN120_P9 = 'يأتي هذا مع مقتل أكثر من 520 شخصاً وجرح 2500 آخرين في الغوطة الشرقية منذ تجديد الجيش السوري لعملياته العسكرية بالمنطقة في منتصف فبراير/شباط الحالي، وقد خضعت المنطقة، التي يقطنها حوالي 400 ألف شخص، للحصار لسنوات.'

CN929_P2 = 'وكانت وكالة الأنباء الفلسطينية (وفا) ذكرت أن الرضيعة (8 شهور) توفيت في غزة في الساعات الأولى من يوم الثلاثاء نتيجة استنشاق غاز القنابل المسيلة للدموع التي أطلقها الجيش الإسرائيلي على آلاف المتظاهرين الفلسطينيين خلال مواجهات على الحدود بين غزة وإسرائيل.'
CN929_P3 = 'وأفادت وكالة الأنباء الفلسطينية بأن عدد قتلى مواجهات الاثنين ارتفع إلى 59 قتيلا بينهم 7 أطفال بعد وفاة ليلى الغندور، قبل أن تذكر في خبر لاحق أن العدد ارتفع إلى 60 قتيلا بعد وفاة الشاب عمر أبو فول متأثرا بجروح أصيب بها خلال المواجهات على الشريط الحدودي، التي تزامنت مع حفل افتتاح السفارة الأمريكية بالقدس.'

FR639_L2 = 'وتدور اشتباكات عنيفة جنوب المدينة وفي ريفها الشرقي، وسط استمرار نزوح المدنيين والذي تخطى عددهم 45 ألفا خلال أسبوع بحسب الأمم المتحدة.'
FR639_H1 = 'مقتل 24 مدنيا جراء الغارات على ريف درعا الشرقي وبلدة الطيبة'
FR639_P5 = 'ووثق المرصد الأربعاء مقتل 17 مدنيا بينهم ستة أطفال، عشرة منهم جراء غارات روسية وسورية على ريف درعا الشرقي، بينما قتل سبعة آخرون جراء غارات روسية على بلدة الطيبة الواقعة جنوب شرق مدينة درعا قرب الحدود الأردنية.'
FR639_P6 = 'كما قتل 12 مقاتلا من قوات النظام جراء انفجار سيارة مفخخة خلال سيطرتهم على بلدة ناحتة في ريف درعا الشرقي، بحسب المرصد.'
FR639_H2 = 'فرار 45 ألف شخص خلال أسبوع والأردن يعلن عدم قدرته على استقبال مزيد من النازحين'

FR648_L = 'بعد إعلان التحالف العربي بقيادة السعودية الاثنين أنه قتل ثمانية عناصر من حزب الله اللبناني في اليمن، نفى الجمعة الأمين العام للحزب حسن نصرالله مقتل أي من مقاتليه "لا في الأيام القليلة الماضية ولا في السنوات الماضية".'
FR648_P1 = 'نفى حزب الله اللبناني الجمعة مقتل أي من مقاتليه في اليمن وذلك بعد إعلان التحالف الذي تقوده الرياض أنه قتل ثمانية عناصر من الحزب في البلاد التي تشهد نزاعا مسلحا منذ سنوات.'
FR648_P2 = 'وكان التحالف العسكري العربي بقيادة السعودية في اليمن قد أعلن الاثنين مقتل ثمانية عناصر من حزب الله بينهم قائد ميداني في ضربة جوية استهدفت الحوثيين شمال العاصمة صنعاء.'
FR648_P10 = 'وخلفت الحرب في اليمن منذ 2015 نحو عشرة آلاف قتيل وأكثر من 55 ألف جريح وتسببت بأزمة إنسانية حادة.'

FR703_P1 = 'وكانت حماس قد أكدت مساء السبت التوصل إلى وقف لإطلاق النار في قطاع غزة وإسرائيل إثر تصعيد واسع شنت خلاله إسرائيل غارات هي الأعنف على القطاع منذ صيف 2014 خلفت قتيلين فلسطينيين و15 جريحا على الأقل.'
FR703_P4 = 'ولقي فتيان فلسطينيان في الخامسة عشرة والسادسة عشرة من عمرهما حتفهما وأصيب 15 شخصا بجروح في الغارات الإسرائيلية التي استهدفت بعد ظهر السبت قطاع غزة على غرار تلك التي سبقتها فجرا مواقع لحركتي حماس والجهاد الإسلامي، وذلك غداة احتجاجات الجمعة على الحدود بين القطاع وإسرائيل والتي خلفت قتيلين وأكثر من 200 جريح في صفوف الفلسطينيين.'

SK333_P1 = 'وذكر مدير المرصد أن ضربات جوية روسية على قرية كفر بطنا الخاضعة لسيطرة المعارضة في الغوطة أدت إلى مقتل 31 مدنيا وإصابة أكثر من 100، مشيرة إلى أن جثث الضحايا كانت متفحمة تماما.'
SK333_P5 = 'وترافقت هذه السيطرة مع موجة نزوح للمدنيين من الغوطة، وذكر المرصد السوري أن 12 ألفا غادروا المنطقة المحاصرة باتجاه مناطق يسيطر عليها القوات الحكومية، في حين ذكر تلفزيون الإخبارية السوري الذي تسيطر عليه الحكومة أن ما يقرب من 10 آلاف مدني غادروا منطقة الغوطة الشرقية المحاصرة، وهو ما اعتبر أكبر نزوح جماعي حتى الآن.'

SK1382_P2 = 'وقال المركز إن فرق التوثيق لديه، رصدت خلال الفترة من 21 مارس 2015 إلى 31 مارس 2018، مقتل 3021 مدنيا، بينهم 680 طفلا و371 امرأة، فيما وصل عدد المصابين إلى نحو 16 ألف مدني، بينهم 1655 طفلا و2449 امرأة.'
SK1382_P3 = 'وأكد التقرير أن المتمردين الحوثيين زرعوا عشرات الآلاف من الألغام، التي حصدت أرواح 714 مدنيا، بينهم 32 طفلا و14 امرأة، وتسببت بإصابة 1132 آخرين بينهم 38 طفلا و17 امرأة.'
SK1382_P4 = 'كما رصد التقرير 197 حالة اختطاف و167 حالة إخفاء قسري و792 حالة احتجاز تعسفي و87 حالة تعذيب، أفضت العديد منها إلى الموت أو الإعاقة الدائمة أو الشلل التام عن الحركة أو الجنون، لافتا إلى أنه تم خلال ذات الفترة تهجير ونزوح حوالي 2861 أسرة.'
SK1382_P7 = 'وقال التقرير إن إجمالي الانتهاكات التي طالت الممتلكات العامة 452، في حين بلغت الانتهاكات التي طالت الممتلكات الخاصة 1868.'

SK1616_L = 'قتل 86 مقاتلا من قوات النظام السوري والمسلحين الموالين له، خلال أسبوع واحد، شهد هجمات مضادة لتنظيم داعش في جنوب دمشق، وفق ما أفاد المرصد السوري لحقوق الإنسان، السبت.'
SK1616_P3 = 'وأسفرت المعارك\xa0 العنيفة منذ ذلك الحين، وفق المرصد، عن مقتل 86 مقاتلا من قوات النظام والمسلحين الموالين، و57 عنصرا من تنظيم داعش.'
SK1616_P4 = 'وبلغت بذلك حصيلة الحملة العسكرية 203 مقاتلين من قوات النظام والمسلحين الموالين لها مقابل 159 مسلحا.'

SK643_L = 'اعترف التحالف الدولي بقيادة واشنطن ضد تنظيم داعش الإرهابي، الأربعاء ،أن غاراته أودت بحياة 14 مدنيا إضافيا مما يرفع إجمالي القتلى المدنيين منذ بدء عمليات التحالف إلى 855 قتيلا.'

ARTICLES = [
# ---------------------------------------------------------------- CNN
# cnn:120 — Eastern Ghouta: shelling goes on despite Putin's daily five-hour truce; activists: at least one killed; >520 killed, 2,500 wounded since mid-February; ~400,000 besieged
A("cnn", 120, [
    C("agreement", "asserted", None,
      'وأمرت روسيا بوقف إطلاق النار والقصف يومياً من الساعة التاسعة صباحاً ولغاية الساعة الثانية ظهراً، لفتح "ممر إنساني" لإخراج الجرحى المدنيين من المنطقة، لكن لم يأتِ ذكر لاحتمالية إدخال الطعام والمستلزمات الطبية للمنطقة.',
      agent="روسيا", place="منطقة الغوطة الشرقية", time="يومياً",
      also=[CN120_L],
      note="Putin's daily 'humanitarian truce' (ordered by Russia, outlet's voice); the lede's mention of the truce → also; «لخمس ساعات» is a duration, «27 فبراير» a date"),
    C("attack", "asserted", R(1, None, "people", "شخصاً على الأقل"),
      'ولكن ومنذ بدء إعلان التوقف الإنساني بدقائق، ذكر ناشطون بالمنطقة تنفيذ قصف جوي وبالمدفعية من مواقع تسيطر عليها القوات الموالية للنظام السوري، لتقتل شخصاً على الأقل.',
      src=[ACTIVISTS], verb="ذكر", agent="القوات الموالية للنظام السوري", place="بالمنطقة",
      note="«شخصاً على الأقل» = at least one person, min 1 (as «رجلا واحدا على الأقل», CN-1297); no number word, the checker cannot read it"),
    C("attack", "asserted", None,
      'يأتي هذا في وقت وجه فيه كل من النظام السوري والحكومة الروسية أصابع الاتهام إلى الثوار بقصفهم الممرات الإنسانية ومنع المدنيين من المغادرة.',
      src=[SY_REGIME], verb="وجه أصابع الاتهام", agent="الثوار", place="الممرات الإنسانية",
      note="joint accusation by the Syrian regime and the Russian government → one chain with this note; no figure"),
    C("attack", "asserted", R(521, None, "people", "أكثر من 520 شخصاً"),
      CN120_P9, place="الغوطة الشرقية", time="منذ تجديد الجيش السوري لعملياته العسكرية بالمنطقة في منتصف فبراير/شباط الحالي",
      note="cumulative toll, outlet's voice"),
    C("attack", "asserted", N(2500, "people", "2500 آخرين"),
      CN120_P9, place="الغوطة الشرقية", time="منذ تجديد الجيش السوري لعملياته العسكرية بالمنطقة في منتصف فبراير/شباط الحالي",
      note="cumulative wounded, outlet's voice"),
    C("presence", "asserted", N(400000, "people", "حوالي 400 ألف شخص", approx=True),
      CN120_P9, place="المنطقة",
      note="besieged population, outlet's voice (background)"),
], note="Peskov's «سيستمر لشهر على الأقل» and the UN's «لثلاثين يوماً» are durations; the inserted teaser lines («مرة جديدة..», «تحليل: الكثير من السوريين سيموتون») are site links, «الكثير» is no count; the activist Bilal Abu Salah's quote has no figure"),

# cnn:929 — Gaza: health ministry spokesman confirms the death of an 8-month-old girl from tear gas; WAFA: toll of Monday's border clashes rose to 59 (7 children), then 60
A("cnn", 929, [
    C("attack", "asserted", None,
      'أتلانتا، الولايات المتحدة الأمريكية (CNN)-- أكد المتحدث باسم وزارة الصحة الفلسطينية أشرف القدرة، في تصريح لـCNN، الثلاثاء، مقتل رضيعة فلسطينية تُدعى ليلى أنور الغندور إثر اختناقها بالغاز المسيل للدموع في غزة.',
      src=[PS_MOH, QUDRA], verb="أكد", place="غزة", time="الثلاثاء",
      note="one named infant killed, no count; WAFA reports the same death in the next sentence (different source, not annotated again)"),
    C("statement", "asserted", V("alaf", "people", "آلاف المتظاهرين الفلسطينيين"),
      CN929_P2, src=[WAFA], verb="ذكرت", agent="الجيش الإسرائيلي", place="الحدود بين غزة وإسرائيل",
      note="protesters the tear gas was fired at → statement (as CN-515's «20 ألف متظاهر»); the relative clause sits inside WAFA's report (outlet-only defensible); «(8 شهور)» is an age"),
    C("attack", "asserted", N(59, "people", "59 قتيلا"),
      CN929_P3, src=[WAFA], verb="أفادت", place="الحدود", time="مواجهات الاثنين",
      note="cumulative («ارتفع إلى»), superseded by the 60 below"),
    C("attack", "asserted", N(7, "people", "7 أطفال"),
      CN929_P3, src=[WAFA], verb="أفادت", time="مواجهات الاثنين",
      note="subset of the 59"),
    C("attack", "asserted", N(60, "people", "60 قتيلا"),
      CN929_P3, src=[WAFA], verb="تذكر", place="الشريط الحدودي", time="مواجهات الاثنين",
      note="cumulative, WAFA's later report"),
]),

# cnn:332 — Eastern Ghouta displaced: NRC fears «the worst is coming» for >50,000 who left; OCHA: ~1,600 killed since 18 Feb, thousands more expected to leave
A("cnn", 332, [
    C("evacuation", "asserted", R(50001, None, "people", "أكثر من 50 ألف شخص"),
      'أتلانتا، الولايات المتحدة الأمريكية (CNN)-- عبّر المجلس النرويجي للاجئين "NRC"، الخميس، عن مخاوفه بأن "الأسوأ قادم"، لأكثر من 50 ألف شخص خرجوا من منطقة الغوطة الشرقية المحاصرة خارج العاصمة السورية دمشق.',
      src=[NRC], verb="عبّر", place="منطقة الغوطة الشرقية المحاصرة", time="الخميس",
      note="the figure sits in the sentence reporting NRC's statement (outlet-only defensible); printed «لأكثر من»"),
    C("attack", "asserted", N(1600, "people", "حوالي 1600 شخص", approx=True),
      'وذكر مكتب تنسيق الشؤون الإنسانية "OCHA" التابع للأمم المتحدة، الأربعاء، بأن حوالي 1600 شخص قتلوا منذ 18 فبراير/شباط عندما بدأت العمليات العسكرية على المنطقة المحاصرة.',
      src=[OCHA], verb="ذكر", place="المنطقة المحاصرة", time="منذ 18 فبراير/شباط",
      note="cumulative; the sentence starts after an NBSP"),
    C("evacuation", "hedged", V("alaf", "people", "الألوف"),
      'وقد تضاعفت أرقام الهاربين من المنطقة منذ 17 مارس/آذار، وفقاً لـ "OCHA"، ويتوقع خروج المزيد من الألوف من الغوطة الشرقية، ودعا المكتب إلى هدنة إنسانية لوقف القتال.',
      src=[OCHA], verb="يتوقع", place="الغوطة الشرقية",
      note="«المزيد من الألوف» = thousands more expected to leave; «يتوقع» → hedged; «وفقاً لـ OCHA» covers the clause; «الألوف» read as «آلاف» (the checker knows only «عشرات الألوف»); «تضاعفت» is a multiplier, not a count"),
    C("evacuation", "asserted", R(None, None, "people", "العدد الكبير"),
      'وذكر المكتب بأن "معظم الملاجئ لا تحمل الطاقة الاستيعابية أو البنية التحتية لمواكبة العدد الكبير من القادمين، وبعض المواقع غير ملائمة لاستيعاب النازحين داخل الدولة والاكتظاظ يؤثر على جهود إعادة التأهيل."',
      src=[OCHA], verb="ذكر", place="الملاجئ",
      note="«العدد الكبير من القادمين» = «عدد كبير» (null–null): displaced arriving at the shelters → evacuation (presence defensible); doubtful whether a fact-checker would list it; the checker does not know the definite form"),
], note="NRC's Eric Abild quote and «منذ أيام» have no figures; the inserted lines («أسماء الأسد ...», «شاهد.. عمليات الإخلاء ...») are site links; OCHA's call for a humanitarian truce is not annotated"),

# ---------------------------------------------------------------- France 24
# france24:639 — Daraa offensive, day 9: UN: >45,000 fled in a week (750,000 in rebel areas); SOHR: 17 civilians incl. 6 children killed, 12 regime fighters killed at Nahta; ICRC: tens of thousands trapped
A("france24", 639, [
    C("evacuation", "asserted", R(45001, None, "civilians", "تخطى عددهم 45 ألفا"),
      FR639_L2, src=[UN], verb="بحسب", place="درعا", time="خلال أسبوع",
      note="«تخطى» = exceeded → min N+1 (as «تجاوز»); differs in form from the exact «45 ألفا» below → own claim; «المدنيين» heads the clause → civilians; the checker does not know «تخطى»"),
    C("attack", "asserted", N(24, "civilians", "24 مدنيا"),
      FR639_H1, place="ريف درعا الشرقي وبلدة الطيبة",
      note="in-text subheading, outlet's voice; matches no single SOHR figure below (17 + «سبعة آخرون» = 24?), so kept as the outlet's own claim (SOHR defensible)"),
    C("attack", "asserted", N(17, "civilians", "17 مدنيا"),
      FR639_P5, src=[SOHR], verb="وثق", agent="غارات روسية وسورية", place="ريف درعا الشرقي", time="الأربعاء"),
    C("attack", "asserted", N(6, "civilians", "ستة أطفال"),
      FR639_P5, src=[SOHR], verb="وثق", place="ريف درعا الشرقي", time="الأربعاء",
      note="subset of the 17; children in a list headed by «مدنيا» → civilians"),
    C("attack", "asserted", N(10, "civilians", "عشرة منهم"),
      FR639_P5, src=[SOHR], verb="وثق", agent="غارات روسية وسورية", place="ريف درعا الشرقي", time="الأربعاء",
      note="subset of the 17"),
    C("attack", "asserted", N(7, "civilians", "سبعة آخرون"),
      FR639_P5, src=[SOHR], verb="وثق", agent="غارات روسية", place="بلدة الطيبة", time="الأربعاء",
      note="unclear whether the 7 are the rest of the 17 (10 + 7) or additional ones (17 + 7 = the subheading's 24)"),
    C("attack", "asserted", N(12, "fighters", "12 مقاتلا"),
      FR639_P6, src=[SOHR], verb="بحسب", place="بلدة ناحتة في ريف درعا الشرقي",
      note="regime fighters killed by a car bomb"),
    C("control", "asserted", None,
      FR639_P6, src=[SOHR], verb="بحسب", agent="قوات النظام", place="بلدة ناحتة في ريف درعا الشرقي",
      note="regime forces taking Nahta («خلال سيطرتهم»)"),
    C("evacuation", "asserted", V("alaf", "civilians", "الآلاف"),
      'ويفاقم التصعيد العسكري على درعا خشية المنظمات الدولية على سلامة المدنيين مع فرار الآلاف منهم داخل المحافظة.',
      place="داخل المحافظة",
      note="outlet's voice («خشية المنظمات الدولية» is about the fear, not the figure); «منهم» = of the civilians"),
    C("presence", "asserted", V("ashrat_alaf", "civilians", "عشرات الآلاف من المدنيين"),
      'وأبدت منظمات إنسانية أخرى بينها اللجنة الدولية للصليب الأحمر، في بيان الأربعاء، قلقها على "سلامة عشرات الآلاف من المدنيين العالقين على خط القتال أو الفارين من العنف".',
      src=[ICRC], verb="أبدت", time="الأربعاء",
      note="joint statement of «منظمات إنسانية أخرى بينها اللجنة الدولية للصليب الأحمر» → one chain (ICRC) with this note; trapped or fleeing → presence (evacuation defensible)"),
    C("presence", "asserted", N(750000, "people", "نحو 750 ألف شخص", approx=True),
      'ويعيش نحو 750 ألف شخص وفق الأمم المتحدة، في مناطق سيطرة الفصائل المعارضة التي تشمل سبعين بالمئة من محافظتي درعا والقنيطرة.',
      src=[UN], verb="وفق", place="مناطق سيطرة الفصائل المعارضة",
      note="«سبعين بالمئة» is a percentage"),
    C("evacuation", "asserted", N(45000, "people", "45 ألفا"),
      'وفر 45 ألفا منهم خلال أسبوع بحسب تقديرات المنظمة.',
      src=[UN], verb="بحسب", time="خلال أسبوع",
      also=[FR639_H2],
      note="«تقديرات المنظمة» = the UN's estimate (plain attribution, asserted); the in-text subheading «فرار 45 ألف شخص خلال أسبوع» gives the same exact figure → also"),
], note="«ثلاثة مستشفيات» (out of service) are places, not annotated; UNICEF's statement, the AFP correspondent's report and Safadi's «حدودنا ستظل مغلقة» have no figures; «لليوم التاسع» is an ordinal, «19 يونيو» a date"),

# france24:648 — Nasrallah denies that any Hezbollah fighter was killed in Yemen after the Saudi-led coalition said it killed eight; war toll
A("france24", 648, [
    C("attack", "asserted", N(8, "fighters", "ثمانية عناصر"),
      FR648_P2, src=[COALITION], verb="أعلن", agent="التحالف", place="شمال العاصمة صنعاء", time="الاثنين",
      also=[FR648_L, FR648_P1],
      note="the coalition's claim, restated in the lede and the first paragraph → also; «بينهم قائد ميداني» is a bare singular, not annotated"),
    C("attack", "denied", N(8, "fighters", "ثمانية عناصر"),
      FR648_L, src=[HEZBOLLAH, NASRALLAH], verb="نفى", place="اليمن", time="الجمعة",
      also=[FR648_P1,
            'والجمعة نفى الأمين العام لحزب الله حسن نصرالله مقتل أي من مقاتليه في اليمن، وقال في خطاب عبر التلفزيون "خلال كل الفترة الماضية، نحن لأسباب ومصالح معينة لا نقول ما إذا كان لدينا وجود باليمن".',
            'وتابع نصرالله "سواء كنا موجودين أو لا، بشكل قاطع أنا أنفي أن هناك شهداء من حزب الله لا في الأيام القليلة الماضية ولا في السنوات الماضية"، متابعا "هل هناك شيء آخر، نحن لا ننفي ولا نثبت".'],
      note="Nasrallah denies that any of his fighters were killed, i.e. the coalition's eight; annotated with the count of the denied event (as AL-511, FR-645); the first paragraph names the party («نفى حزب الله») and the later quotes restate the denial → also"),
    C("attack", "asserted", None,
      'لكن المتحدث باسم التحالف العقيد الركن تركي المالكي قال الاثنين إنها "ليست المرة الأولى" التي يقتل فيها عناصر من حزب الله في اليمن الذي يشهد حربا منذ 2014.',
      src=[COALITION, MALIKI], verb="قال", place="اليمن", time="الاثنين",
      note="Hezbollah members killed in Yemen before; plural without a count"),
    C("transfer", "denied", None,
      'وكان الأمين العام لحزب الله قد نفى خلال خطاب في 20 تشرين الثاني/نوفمبر الماضي، إرسال أسلحة إلى الدول العربية وإطلاق صواريخ من اليمن.',
      src=[HEZBOLLAH, NASRALLAH], verb="نفى", time="في 20 تشرين الثاني/نوفمبر الماضي",
      also=['وأكد نصرالله "لم نرسل سلاحا إلى اليمن ولا سلاحا إلى البحرين ولا إلى الكويت، ولا إلى العراق"، جازما "لم نرسل سلاحاً لأي بلد عربي، لا صواريخ بالستية ولا أسلحة متطورة ولا حتى مسدسا".'],
      note="earlier denial of sending weapons (and of firing missiles from Yemen) → transfer; the restating quote → also; «مسدسا» is a bare singular"),
    C("attack", "asserted", N(10000, "people", "نحو عشرة آلاف قتيل", approx=True),
      FR648_P10, place="اليمن", time="منذ 2015",
      note="cumulative war toll, outlet's voice"),
    C("attack", "asserted", R(55001, None, "people", "أكثر من 55 ألف جريح"),
      FR648_P10, place="اليمن", time="منذ 2015",
      note="cumulative wounded, outlet's voice"),
], note="the Saudi accusation that Hezbollah and Iran arm the Houthis (no figure) and «أول إعلان رسمي» are not annotated; «منذ 2014», «آذار/مارس العام 2015» are dates"),

# france24:703 — Gaza: Israeli strike after two rockets (one intercepted); Hamas announces an Egyptian-brokered ceasefire; two teenagers killed and 15 wounded on Saturday, 2 killed and >200 wounded at Friday's protests; 141 killed since 30 March
A("france24", 703, [
    C("attack", "asserted", None,
      'أعلن الجيش الإسرائيلي أنه شن ليل السبت الأحد غارة ضد أهداف تابعة لحركة حماس في قطاع غزة ردا على إطلاق قذائف باتجاه إسرائيل.',
      src=[IDF], verb="أعلن", agent="الجيش الإسرائيلي", place="قطاع غزة", time="ليل السبت الأحد",
      also=['استهدفت غارة إسرائيلية أهدافا تابعة لحركة المقاومة الإسلامية (حماس) في قطاع غزة ردا على إطلاق قذائف، حسب ما أعلن الجيش الإسرائيلي.'],
      note="one strike (singular) on unnumbered targets; restated in the next sentence → also"),
    C("agreement", "asserted", None,
      FR703_P1, src=[HAMAS], verb="أكدت", place="قطاع غزة وإسرائيل", time="مساء السبت",
      also=['وقال الناطق باسم حماس فوزي برهوم في بيان السبت "بعد جهود من أطراف عديدة بذلت منذ بداية التصعيد والقصف الإسرائيلي على غزة لوقف العدوان، توّج بالنجاح الجهد المصري في العودة إلى التهدئة ووقف هذا التصعيد".'],
      note="ceasefire; Hamas spokesman Barhoum's statement on the same truce → also (chain Hamas → Barhoum); the Israeli spokesman declined to comment"),
    C("attack", "asserted", N(2, "people", "قتيلين فلسطينيين"),
      FR703_P1, agent="إسرائيل", place="القطاع", time="مساء السبت",
      also=[FR703_P4],
      note="toll of Saturday's strikes in the outlet's clause («إثر تصعيد ... خلفت»), not part of what Hamas confirmed → outlet-only; the two teenagers («فتيان فلسطينيان») of the later paragraph are the same fact, same exact figure → also"),
    C("attack", "asserted", R(15, None, "people", "15 جريحا على الأقل"),
      FR703_P1, agent="إسرائيل", place="القطاع", time="مساء السبت",
      note="outlet's voice; differs in form from the exact «15 شخصا» below → own claim"),
    C("attack", "asserted", N(2, "other", "قذيفتين"),
      'وأوضح الجيش الإسرائيلي في بيان أن المنظومة المضادة للصواريخ اعترضت إحدى قذيفتين أطلقتا ليل السبت إلى الأحد من القطاع، وإن الجيش رد على ذلك بضرب عدة أهداف لحماس في مدينة غزة ولا سيما مبنى قال إنه يستخدم "مركز تدريب".',
      src=[IDF], verb="أوضح", place="القطاع", time="ليل السبت إلى الأحد",
      note="rockets fired from Gaza (dual); «إحدى» (the one intercepted) not annotated as a count; «عدة أهداف» counts targets (places), not annotated"),
    C("attack", "asserted", N(15, "people", "15 شخصا"),
      FR703_P4, agent="الغارات الإسرائيلية", place="قطاع غزة", time="بعد ظهر السبت",
      note="wounded, outlet's voice"),
    C("attack", "asserted", N(2, "people", "قتيلين"),
      FR703_P4, place="الحدود بين القطاع وإسرائيل", time="الجمعة",
      note="Palestinians killed at Friday's border protests, outlet's voice (second «قتيلين» of the article, the only one in this sentence)"),
    C("attack", "asserted", R(201, None, "people", "أكثر من 200 جريح"),
      FR703_P4, place="الحدود بين القطاع وإسرائيل", time="الجمعة",
      note="wounded at Friday's protests, outlet's voice"),
    C("attack", "asserted", N(3, "civilians", "ثلاثة مدنيين"),
      'وأصيب ثلاثة مدنيين إسرائيليين بجروح عندما سقطت قذيفة على منزلهم في جنوب إسرائيل.',
      place="جنوب إسرائيل",
      note="wounded, outlet's voice"),
    C("attack", "asserted", R(141, None, "people", "141 على الأقل"),
      'وارتفع عدد الفلسطينيين الذين قتلوا بنيران الجيش الإسرائيلي منذ بدء التظاهرات، إلى 141 على الأقل.',
      agent="الجيش الإسرائيلي", time="منذ بدء التظاهرات",
      note="cumulative, outlet's voice; the next sentence «ولم يقتل أي إسرائيلي» is the outlet's negative statement, not annotated"),
    C("attack", "asserted", N(100, "other", "نحو مئة قذيفة", approx=True),
      'شهد القطاع مواجهة في نهاية أيار/مايو، وأعلن الجيش الإسرائيلي حينها إنه ضرب 62 موقعا عسكريا لحماس ردا على إطلاق نحو مئة قذيفة باتجاه إسرائيل.',
      src=[IDF], verb="أعلن", time="في نهاية أيار/مايو",
      note="rockets fired from Gaza in late May (background), inside the IDF's statement; «62 موقعا عسكريا» counts positions (places), not annotated"),
], note="«خمس طبقات» (floors), «ثلاث حروب» (wars), ages («الخامسة عشرة والسادسة عشرة»), «منذ 30 آذار/مارس», «عام 1948», «منذ 2008» are not counts"),

# ---------------------------------------------------------------- Sky News Arabia
# skynewsarabia:333 — Eastern Ghouta: SOHR: 42 civilians killed (31 in Kafr Batna, 11 in Saqba), >100 wounded; 12,000 left (SOHR) vs ~10,000 (al-Ikhbariya); UN: 50,000 fled in a month
A("skynewsarabia", 333, [
    C("attack", "asserted", N(42, "civilians", "42 مدنيا"),
      'قال المرصد السوري لحقوق الإنسان، الجمعة، إن 42 مدنيا قتلوا من جراء الغارات التي يشنها الطيران الحربي السوري والروسي على الغوطة الشرقية المحاصرة قرب دمشق.',
      src=[SOHR], verb="قال", agent="الطيران الحربي السوري والروسي", place="الغوطة الشرقية المحاصرة", time="الجمعة"),
    C("attack", "asserted", N(31, "civilians", "31 مدنيا"),
      SK333_P1, src=[SOHR], verb="ذكر", agent="ضربات جوية روسية", place="قرية كفر بطنا",
      note="«مدير المرصد» is not named → SOHR (Rami Abdel Rahman defensible)"),
    C("attack", "asserted", R(101, None, "civilians", "أكثر من 100"),
      SK333_P1, src=[SOHR], verb="ذكر", agent="ضربات جوية روسية", place="قرية كفر بطنا",
      note="wounded; bare number after «31 مدنيا» → civilians"),
    C("attack", "asserted", N(11, "civilians", "11 مدنيا"),
      'وجاءت هذه الغارات بعد أخرى استهدفت بلدة سقبا في وقت سابق الجمعة، مما أدى إلى مقتل 11 مدنيا.',
      src=[SOHR], place="بلدة سقبا", time="في وقت سابق الجمعة",
      note="outlet's sentence, but 31 + 11 = SOHR's 42: it completes SOHR's breakdown → SOHR carried over (doubtful: outlet-only defensible)"),
    C("control", "asserted", None,
      'وتأتي هذه الغارات غداة سيطرة القوات السورية الحكومية والميليشيات الموالية لها على نحو 70 في المئة من مساحة الغوطة، الخميس، بعد انسحاب مقاتلي فصيل من المعارضة من بلدة حمورية التي تعد أبرز البلدات الواقعة تحت سيطرة فصيل ما يسمى بـ"فيلق الرحمن".',
      agent="القوات السورية الحكومية والميليشيات الموالية لها", place="الغوطة", time="الخميس",
      note="government forces hold ~70% of Ghouta after the rebels left Hamouriyeh; outlet's voice; «70 في المئة» is a percentage"),
    C("evacuation", "asserted", N(12000, "civilians", "12 ألفا"),
      SK333_P5, src=[SOHR], verb="ذكر", place="المنطقة المحاصرة",
      note="bare figure in a clause headed by «موجة نزوح للمدنيين» → civilians (people defensible)"),
    C("evacuation", "asserted", N(10000, "civilians", "ما يقرب من 10 آلاف مدني", approx=True),
      SK333_P5, src=[IKHBARIYA], verb="ذكر", place="منطقة الغوطة الشرقية المحاصرة",
      note="government-run TV → outlet kind; conflicts with SOHR's 12,000 without calling it wrong → asserted"),
    C("evacuation", "asserted", N(50000, "civilians", "50 ألف مدني"),
      'وتقول الأمم المتحدة إن 50 ألف مدني من سكان الغوطة الشرقية فروا منها خلال الشهر الأخيرة.',
      src=[UN], verb="تقول", place="الغوطة الشرقية", time="خلال الشهر الأخيرة",
      note="cumulative"),
    C("attack", "asserted", V("miat", "people", "مئات القتلى"),
      'وأطلق الجيش السوري بالتعاون مع حلفائه الإيرانيين والروس حملة عسكرية ضارية في 18 فبراير الماضي، بدأت بقصف جوي ومدفعي كثيف للغاية، أدت إلى سقوط مئات القتلى.',
      agent="الجيش السوري بالتعاون مع حلفائه الإيرانيين والروس", time="في 18 فبراير الماضي",
      note="cumulative, outlet's voice (background)"),
    C("presence", "asserted", N(400000, "people", "قرابة 400 ألف شخص", approx=True),
      'وتخضع الغوطة الشرقية، التي يقطنها قرابة 400 ألف شخص، لحصار خانق منذ عام 2013، بعد أن أصبحت أحد معاقل المعارضة قرب دمشق.',
      place="الغوطة الشرقية",
      note="besieged population, outlet's voice"),
], note="«هاتين المنطقتين» counts places; «منذ عام 2013» is a date; the evidence of the 12,000 / 10,000 sentence starts after an NBSP"),

# skynewsarabia:1382 — Taiz: human-rights centre's report on Houthi violations 2015–2018: >3,000 (3,021) civilians killed, ~16,000 wounded, landmines (714 killed), abductions, detentions, 2,861 families displaced
A("skynewsarabia", 1382, [
    C("attack", "asserted", R(3001, None, "civilians", "أكثر من 3 آلاف مدني"),
      'كشف تقرير حقوقي صادر عن مركز الملعومات والتأهيل لحقوق الإنسان، أعرق منظمات المجتمع المدني في اليمن، عن مقتل أكثر من 3 آلاف مدني في تعز منذ اندلاع الحرب، جراء قذائف ورصاصات ميليشيات الحوثي الإيرانية.',
      src=[TAIZ_CENTER], verb="كشف", agent="ميليشيات الحوثي", place="تعز", time="منذ اندلاع الحرب",
      note="cumulative; rounded form of the 3,021 below → own claim (different count form); the centre's name is misspelt «الملعومات» in the text (kept as printed)"),
    C("attack", "asserted", N(3021, "civilians", "3021 مدنيا"),
      SK1382_P2, src=[TAIZ_CENTER], verb="قال", agent="ميليشيات الحوثي", place="تعز", time="خلال الفترة من 21 مارس 2015 إلى 31 مارس 2018",
      note="cumulative; «فرق التوثيق لديه» = the centre's own teams"),
    C("attack", "asserted", N(680, "civilians", "680 طفلا"),
      SK1382_P2, src=[TAIZ_CENTER], verb="قال", place="تعز", time="خلال الفترة من 21 مارس 2015 إلى 31 مارس 2018",
      note="subset of the 3,021 civilians → civilians"),
    C("attack", "asserted", N(371, "civilians", "371 امرأة"),
      SK1382_P2, src=[TAIZ_CENTER], verb="قال", place="تعز", time="خلال الفترة من 21 مارس 2015 إلى 31 مارس 2018",
      note="subset of the 3,021"),
    C("attack", "asserted", N(16000, "civilians", "نحو 16 ألف مدني", approx=True),
      SK1382_P2, src=[TAIZ_CENTER], verb="قال", place="تعز", time="خلال الفترة من 21 مارس 2015 إلى 31 مارس 2018",
      note="wounded («وصل عدد المصابين إلى»); cumulative"),
    C("attack", "asserted", N(1655, "civilians", "1655 طفلا"),
      SK1382_P2, src=[TAIZ_CENTER], verb="قال", place="تعز",
      note="wounded children, subset of the ~16,000"),
    C("attack", "asserted", N(2449, "civilians", "2449 امرأة"),
      SK1382_P2, src=[TAIZ_CENTER], verb="قال", place="تعز",
      note="wounded women, subset of the ~16,000"),
    C("attack", "asserted", V("ashrat_alaf", "other", "عشرات الآلاف من الألغام"),
      SK1382_P3, src=[TAIZ_CENTER], verb="أكد", agent="المتمردين الحوثيين", place="تعز",
      note="landmines planted → attack, unit other (statement defensible)"),
    C("attack", "asserted", N(714, "civilians", "714 مدنيا"),
      SK1382_P3, src=[TAIZ_CENTER], verb="أكد", agent="المتمردين الحوثيين", place="تعز",
      note="killed by mines"),
    C("attack", "asserted", N(32, "civilians", "32 طفلا"),
      SK1382_P3, src=[TAIZ_CENTER], verb="أكد", place="تعز",
      note="subset of the 714"),
    C("attack", "asserted", N(14, "civilians", "14 امرأة"),
      SK1382_P3, src=[TAIZ_CENTER], verb="أكد", place="تعز",
      note="subset of the 714"),
    C("attack", "asserted", N(1132, "civilians", "1132 آخرين"),
      SK1382_P3, src=[TAIZ_CENTER], verb="أكد", agent="المتمردين الحوثيين", place="تعز",
      note="wounded by mines; «آخرين» after «714 مدنيا» → civilians"),
    C("attack", "asserted", N(38, "civilians", "38 طفلا"),
      SK1382_P3, src=[TAIZ_CENTER], verb="أكد", place="تعز",
      note="subset of the 1,132"),
    C("attack", "asserted", N(17, "civilians", "17 امرأة"),
      SK1382_P3, src=[TAIZ_CENTER], verb="أكد", place="تعز",
      note="subset of the 1,132"),
    C("detention", "asserted", N(197, "people", "197 حالة اختطاف"),
      SK1382_P4, src=[TAIZ_CENTER], verb="رصد", place="تعز", time="خلال ذات الفترة",
      note="abduction cases = people abducted → people (detainees defensible), as SK-1447's «حالة اعتقال»"),
    C("detention", "asserted", N(167, "people", "167 حالة إخفاء قسري"),
      SK1382_P4, src=[TAIZ_CENTER], verb="رصد", place="تعز", time="خلال ذات الفترة",
      note="enforced disappearances (held incommunicado) → detention (statement «missing persons» defensible)"),
    C("detention", "asserted", N(792, "people", "792 حالة احتجاز تعسفي"),
      SK1382_P4, src=[TAIZ_CENTER], verb="رصد", place="تعز", time="خلال ذات الفترة"),
    C("statement", "asserted", N(87, "people", "87 حالة تعذيب"),
      SK1382_P4, src=[TAIZ_CENTER], verb="رصد", place="تعز", time="خلال ذات الفترة",
      note="torture cases → statement (attack defensible); «أفضت العديد منها إلى الموت أو الإعاقة» is a vague share of all these cases with mixed outcomes, not annotated"),
    C("evacuation", "asserted", N(2861, "families", "حوالي 2861 أسرة", approx=True),
      SK1382_P4, src=[TAIZ_CENTER], verb="لافتا", place="تعز", time="خلال ذات الفترة",
      note="displaced families"),
    C("attack", "asserted", N(452, "other", "452"),
      SK1382_P7, src=[TAIZ_CENTER], verb="قال", place="تعز",
      note="violations against public property (incidents) → attack, unit other (doubtful: statement defensible, or not a count a fact-checker would list)"),
    C("attack", "asserted", N(1868, "other", "1868"),
      SK1382_P7, src=[TAIZ_CENTER], verb="قال", place="تعز",
      note="violations against private property; same decision as the 452"),
], note="«منذ نحو 3 سنوات» and «الألف ومائة يوم» are durations; «ثالث أكبر مدينة» an ordinal; «أكبر عدد لسقوط ضحايا» has no figure"),

# skynewsarabia:1616 — south Damascus: SOHR: 86 regime and allied fighters and 57 IS members killed in a week of IS counter-attacks; campaign toll 203 vs 159; IS still holds ~80% of Yarmouk
A("skynewsarabia", 1616, [
    C("attack", "asserted", N(86, "fighters", "86 مقاتلا"),
      SK1616_L, src=[SOHR], verb="أفاد", agent="تنظيم داعش", place="جنوب دمشق", time="خلال أسبوع واحد",
      also=[SK1616_P3],
      note="restated in the body with «وفق المرصد» → also"),
    C("attack", "asserted", N(57, "fighters", "57 عنصرا"),
      SK1616_P3, src=[SOHR], verb="وفق", place="جنوب دمشق", time="منذ ذلك الحين",
      note="IS members killed"),
    C("attack", "asserted", N(203, "fighters", "203 مقاتلين"),
      SK1616_P4, src=[SOHR], place="جنوب العاصمة", time="منذ 19 أبريل",
      note="cumulative campaign toll of regime and allied fighters; outlet's sentence continuing SOHR's figures («بذلك») → SOHR carried over (outlet-only defensible)"),
    C("attack", "asserted", N(159, "fighters", "159 مسلحا"),
      SK1616_P4, src=[SOHR], place="جنوب العاصمة", time="منذ 19 أبريل",
      note="cumulative IS dead; same carried-over attribution"),
    C("control", "asserted", None,
      'ولا يزال تنظيم داعش يسيطر على نحو 80 في المئة من مخيم اليرموك، و40 في المئة من الحجر الأسود، فضلا عن أجزاء من حيي القدم والتضامن.',
      agent="تنظيم داعش", place="مخيم اليرموك",
      note="outlet's voice; percentages are not counts"),
    C("presence", "asserted", N(160000, "people", "160 ألف شخص"),
      'ويُعد اليرموك أكبر المخيمات الفلسطينية في سوريا، وكان يعيش فيه قبل الحرب 160 ألف شخص بينهم سوريون.',
      place="اليرموك", time="قبل الحرب",
      note="pre-war population, outlet's voice (background); «بينهم سوريون» has no count"),
], note="Rami Abdel Rahman's quotes have no figures; «خمسة في المئة» is a percentage; the IS-held pockets elsewhere (control, outlet background) are not annotated; «منذ عام 2012» is a date"),

# skynewsarabia:643 — US CENTCOM: coalition strikes killed 14 more civilians, total 855 since the start of Inherent Resolve; 29,225 strikes Aug 2014–Feb 2018
A("skynewsarabia", 643, [
    C("attack", "asserted", N(14, "civilians", "14 قتيلا"),
      'وقالت القيادة العسكرية الأميركية الوسطى للشرق الأوسط\xa0 في بيان إن التحالف أنهى في فبراير الماضي تقييم 84 تقريرا بوقوع ضحايا من المدنيين جراء غارات التحالف اتضح أن 78 من تلك التقارير "غير موثوقة" فيما اعتبر 6 تقارير "موثوقة" أفادت بوقوع 14 قتيلا من المدنيين بشكل غير متعمد جراء غارات التحالف.',
      src=[CENTCOM], verb="قالت", agent="التحالف", time="في فبراير الماضي",
      also=[SK643_L],
      note="the lede's «اعترف التحالف ... 14 مدنيا إضافيا» summarises this CENTCOM statement → also (own claim with the coalition, organization, as source defensible); «84 تقريرا», «78», «6 تقارير» count reports (documents), not annotated"),
    C("attack", "asserted", N(855, "civilians", "855 قتيلا"),
      'وأشار البيان إلى أنه بهذا العدد يرتفع عدد القتلى المدنيين إلى 855 قتيلا بشكل غير متعمدمنذ بدء عملية العزم الصلب التي يشنها التحالف ضد داعش.',
      src=[CENTCOM], verb="أشار", agent="التحالف", time="منذ بدء عملية العزم الصلب",
      also=[SK643_L],
      note="cumulative civilian toll; lede → also (same decision as the 14); «غير متعمدمنذ» is run together in the text"),
    C("attack", "asserted", N(29225, "other", "225ر29 غارة"),
      'وأشار إلى أن التحالف شن إجمالي 225ر29 غارة بين أغسطس 2014 ونهاية فبراير 2018.',
      src=[CENTCOM], verb="أشار", agent="التحالف", time="بين أغسطس 2014 ونهاية فبراير 2018",
      note="«225ر29» is 29,225 printed with «ر» as the thousands separator in reversed order (as «135ر2» = 2,135 reports below); the checker reads 225"),
], note="«522 تقريرا», «135ر2 تقريرا», «224 تقريرا» count reports (documents), not annotated"),
]

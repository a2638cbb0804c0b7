"""Seventh claim set, part b (see ann_devset7.py)."""
from dsl import *

MATTIS = PE("جيمس ماتيس", "وزير الدفاع الأمريكي")
RU_GOV = OF("الحكومة الروسية")
US_FORCES = OF("القوات الأمريكية")
MOSCOW = OF("موسكو")
UNHCR = OR("المفوضية السامية لشؤون اللاجئين")
MAHECIC = PE("أندريه ماهيكيك", "المتحدث باسم المفوضية")
REPORTS = AN("تقارير")
IL_MOD = OF("وزارة الدفاع الإسرائيلية")
WAFA = AG("وفا")
MIL_SOURCE = AN("مصدر عسكري")
MED_SOURCES = AN("مصادر طبية يمنية")
MED_SOURCE = AN("مصدر طبي")
RIYADH = OF("الرياض")
UN = OR("الأمم المتحدة")
LOWCOCK = PE("مارك لوكوك", "وكيل الأمين العام للأمم المتحدة للشؤون الإنسانية")
ARAMCO = OR("أرامكو")
HOUTHIS = OR("الحوثيون")
MSF = OR("أطباء بلا حدود")
SABA = AG("سبأ")
LOCAL_SOURCES = AN("مصادر محلية")
MIL_SOURCES = AN("مصادر عسكرية")
F24_CORR = OU("فرانس24", "مراسل")
HATAY = OF("مكتب حاكم إقليم هاتاي التركي")
TR_ARMY = OF("الجيش التركي")
TR_AUTH = OF("السلطات")
SNHR = OR("الشبكة السورية لحقوق الإنسان")
KANKO = PE("إري كانكو", "نائبة المتحدث الرسمي للأمين العام للأمم المتحدة")

# ------------------------------------------------------------------ shared evidence
CN10_P3 = 'وأضاف ماتيس: "هم (المهاجمون) يتلقون الأوامر من جهة معينة فهل كانت جهة محلية؟ أم كانت جهة خارجية؟ لا تسألوني فأنا لا أعرف، ولكنني أشك بأن يقرر ما بين 250 إلى 300 شخص فجأة وبمفردهم اجتياز النهر."'
CN10_P4 = 'ويشير وزير الدفاع الأمريكي في تعليقه إلى الحادثة التي أكدت القوات الأمريكية فيها مقتل قرابة 100 شخص من بين 500 عنصر كانوا قد اجتازوا نهر الفرات بطريقة لمهاجمة مقر لقيادة قوات سوريا الديمقراطية التي تدعمها واشنطن، وذلك رغم التفاهم بين واشنطن وروسيا على اعتبار النهر خطا فاصلا بين الطرفين.'
CN10_P5 = 'ونفت موسكو في وقف سابق وجود مقاتلين روس بين القتلى، قبل أن تعود لتتحدث عن متعاقدين، مؤكدة مصرع خمسة منهم.'

CN558_L = 'أتلانتا، الولايات المتحدة الأمريكية (CNN)-- قالت المفوضية السامية لشؤون اللاجئين "UNHCR"، الثالاء، بأن 133 ألف شخص خرجوا من الغوطة الشرقية خلال الأسابيع الأربع الماضية وأن "عشرات الألوف من المدنيين لا يزالون عالقين في دوما،" وفقاً لما ذكره المتحدث باسم المفوضية، أندريه ماهيكيك، في جنيف.'
CN558_P2 = 'ويظل أكثر من 45 ألف شخص في ملاجئ بريف دمشق، بينما غادر أكثر من 44 ألف شخص تلك الملاجئ المزحمة "بعد إنهائهم المسح الأمني،" وفقاً لقوله.'

CN1042_P1 = 'وأشارت الدفاع الإسرائيلية إلى أن نظام القبة الحديدة تصدى لـ25 صاروخا استهدفها من غزة، من أصل 28 صاروخا تم إطلاقها من القطاع، وهي حصيلة الصواريخ الأكبر منذ حرب عام 2014.'

FR311_H = 'مقتل 17 مدنيا بينهم 7 أطفال في قصف على مخيم اليرموك'
FR311_P7A = 'وتأتي هذه المعارك غداة مقتل 17 مدنياً الجمعة بينهم سبعة أطفال في قصف لقوات النظام على مخيم اليرموك، ما رفع عدد القتلى المدنيين منذ بدء الهجوم الى 36 مدنياً.'
FR311_P7B = 'كما قتل 79 عنصراً من قوات النظام والمسلحين الموالين لها مقابل 68 من مقاتلي التنظيم خلال الفترة ذاتها، وفق المرصد.'

FR474_L = 'أعلنت مصادر طبية يمنية أن أربعة أشخاص قتلوا السبت بينهم امرأة وجرح 11 آخرون، في غارات جوية في صنعاء نفذتها طائرات التحالف العربي الذي تقوده السعودية.'
FR474_P1 = 'لقي أربعة أشخاص بينهم امرأة مصرعهم وأصيب 11 آخرون في غارات جوية نفذتها طائرات التحالف بقيادة السعودية مساء السبت، واستهدفت محطة وقود تابعة لشركة النفط اليمنية في العاصمة صنعاء، بحسب ما أعلنت مصادر طبية.'
FR474_P5 = 'وفي هذا النزاع المسلح، قتل ما لا يقل عن عشرة آلاف يمني وأصيب أكثر من 50 ألفا بجروح، فيما قضى أكثر من2200\xa0 شخص بسبب تفشي وباء الكوليرا.'
FR474_P9 = 'وقال المسؤول الأممي إن "أكثر من22\xa0 مليون شخص في اليمن يحتاجون إلى مساعدات إنسانية أو حماية، بينما يعاني نحو8,4\xa0 ملايين شخص من انعدام الأمن الغذائي ومن خطر المجاعة"، وحذر من أنه "إذا لم تتحسن هذه الظروف، فسينضم عشرة ملايين شخص آخرون إلى هذه الشريحة بحلول نهاية هذا العام".'

FR722_P9 = 'وقالت المنظمة على تويتر إن ثلاثة مدنيين قتلوا وأصيب تسعة في قصف طاول سوقا في مدينة تعز على البحر الأحمر والتي يحاصرها الحوثيون.'
FR722_P11 = 'وفي مديرية الدريهمي الواقعة في محافظة الحديدة (غرب)، قتل سبعة مدنيين بينهم امرأتان وطفل الأربعاء في قصف بالهاون طاول منزلين ونسب إلى الحوثيين، وفق مصادر محلية.'
FR722_P22 = 'ومنذ 2015 خلفت الحرب في هذا البلد الأفقر في شبه الجزيرة العربية نحو عشرة آلاف قتيل ضمنهم أكثر من 2200 طفل.'

SK594_L = 'قال مكتب حاكم إقليم هاتاي التركي، الثلاثاء، إن الجيش قتل 11 مسلحا كرديا الليلة الماضية في الإقليم الذي يقع جنوب البلاد على الحدود مع سوريا، فيما قال الجيش إن اثنين من جنوده قتلا في انفجار بمنطقة عفرين السورية.'
SK594_P2 = 'وأضاف أن السلطات تعتقد أن المسلحين مسؤولون عن عدد من الهجمات في الإقليم العام الماضي.'

SK1447_P4 = 'وأوضح التقرير اعتقال النظام السوري 476 شخصًا خلال نيسان 2018، بينهم 45 طفلًا و42 امرأة، بينما اعتقلت قوات الإدارة الذاتية الكردية 41 شخصًا، بينهم طفل وثلاث نساء.'
SK1447_P5 = 'كما اعتقل تنظيم داعش 53 شخصًا، خلال نفس الفترة، بينهم طفلان وثلاث نساء، فيما اعتقلت هيئة تحرير الشام "جبهة النصرة" 46 شخصًا، بينهم طفلان، واعتقلت فصائل المعارضة المسلحة 71 شخصًا بينهم طفل وسيدتان.'

SK1655_P2 = 'وقال المرصد إن "التفجير أسفر عن 28 قتيلا هم خمسة مدنيين وعشرة مقاتلين في هيئة تحرير الشام وثمانية أشخاص متهمين بالانتماء إلى تنظيم داعش وخمسة لم يتم التعرف على هوياتهم".'

SK3213_P2 = 'وأكدت أنه "في النصف الأول من عام 2018، ورد أن ما يقرب من 1.2 مليون شخص نزحوا داخليا، أي ما يزيد عن 6500 شخص يوميا أو ما يقرب من 200 ألف شخص شهريا".'
SK3213_P3 = 'وأشارت كانكو إلى أن "أكبر عملية نزوح داخلي كانت في إدلب في الربع الأول 2018، إذ أسفرت العملية العسكرية للنظام السوري ﻟﻧزوح نحو 400 ألف شخص، ومؤخرا في درعا تم تشريد أكثر من 300 ألف آخرين".'
SK3213_P5 = 'وأشارت أن الأمم المتحدة قدمت في يونيو / حزيران الماضي، مساعدات غذائية لأكثر من 400 ألف شخص في شمال غربي سوريا، العديد منهم من النازحين، وإلى ما يقرب من 100 ألف شخص جنوبي البلاد".'

ARTICLES = [
# ---------------------------------------------------------------- CNN
# cnn:10 — Mattis on the Russian contractors killed in the 8 Feb coalition strike east of the Euphrates: 250–300 attackers; US forces: ~100 killed of 500; Moscow first denied, then 5 contractors dead
A("cnn", 10, [
    C("attack", "asserted", None,
      'واشنطن، الولايات المتحدة الأمريكية (CNN) -- قال وزير الدفاع الأمريكي، جيمس ماتيس، إنه يحتاج إلى "المزيد من المعلومات" حول المتعاقدين العسكريين الروس في سوريا، والذي قتلوا في الغارة التي نفذتها قوات التحالف الدولي بقيادة الولايات المتحدة في سوريا بالثامن من فبراير/شباط الجاري، وذلك خلال وجودهم ضمن قوات موالية للنظام السوري حاولت التقدم نحو مقر قيادة مجموعات تدعمها واشنطن.',
      src=[MATTIS], verb="قال", agent="قوات التحالف الدولي بقيادة الولايات المتحدة", place="سوريا", time="بالثامن من فبراير/شباط الجاري",
      note="Russian contractors killed in the coalition strike; no figure; the relative clause sits inside Mattis's reported speech (outlet-only defensible)"),
    C("attack", "asserted", None,
      'وقال ماتيس، في حديث للصحفيين تعليقا على المواقف الروسية المتضاربة حول المتعاقدين: "الحكومة الروسية تقول الآن إن بعض المتعاقدين الروس، وليس الجنود، كانوا ضالعين في الهجوم غير المبرر حتى الآن على قوات سوريا الديمقراطية شرق النهر (الفرات) أي شرق منطقة فض الاشتباك."',
      src=[MATTIS, RU_GOV], verb="قال", agent="بعض المتعاقدين الروس", place="شرق النهر (الفرات)",
      note="Russian government (as relayed by Mattis): contractors, not soldiers, took part in the attack on the SDF; «بعض» is not a count in the project's vocabulary → count-less"),
    C("transfer", "asserted", R(250, 300, "people", "ما بين 250 إلى 300 شخص"),
      CN10_P3, src=[MATTIS], verb="أضاف", place="النهر",
      note="attackers who crossed the river; Mattis doubts they decided alone («أشك»), not the figure → asserted; crossing → transfer (attack defensible: the size of the attacking force)"),
    C("attack", "asserted", N(100, "people", "قرابة 100 شخص", approx=True),
      CN10_P4, src=[US_FORCES], verb="أكدت", place="نهر الفرات",
      note="outlet's sentence, the figure is what the US forces confirmed"),
    C("transfer", "asserted", N(500, "fighters", "500 عنصر"),
      CN10_P4, src=[US_FORCES], verb="أكدت", place="نهر الفرات",
      note="force that crossed the Euphrates to attack the SDF HQ (attack defensible); same source as the ~100 killed; «عنصر» → fighters"),
    C("attack", "denied", None,
      CN10_P5, src=[MOSCOW], verb="نفت", time="في وقف سابق",
      note="Moscow denied Russian fighters («مقاتلين روس») were among the dead; «وقف» is a typo for «وقت»"),
    C("attack", "asserted", N(5, "people", "خمسة منهم"),
      CN10_P5, src=[MOSCOW], verb="مؤكدة",
      note="5 Russian contractors killed; contractors («متعاقدين») are not a fighter word of the unit rule → people (fighters defensible)"),
], note="the 8 Feb strike is also the subject of BB-20 in devset (different article and figures)"),

# cnn:558 — UNHCR: 133,000 left Eastern Ghouta in four weeks, tens of thousands stuck in Douma, >45,000 in shelters, >44,000 left the shelters; reports of a chemical attack
A("cnn", 558, [
    C("evacuation", "asserted", N(133000, "people", "133 ألف شخص"),
      CN558_L, src=[UNHCR, MAHECIC], verb="قالت", place="الغوطة الشرقية", time="خلال الأسابيع الأربع الماضية",
      note="cumulative; «الثالاء» is a typo for الثلاثاء"),
    C("presence", "asserted", V("ashrat_alaf", "civilians", "عشرات الألوف من المدنيين"),
      CN558_L, src=[UNHCR, MAHECIC], verb="قالت", place="دوما",
      note="civilians still stuck in Douma"),
    C("presence", "asserted", R(45001, None, "people", "أكثر من 45 ألف شخص"),
      CN558_P2, src=[UNHCR, MAHECIC], verb="وفقاً لقوله", place="ملاجئ بريف دمشق",
      note="«وفقاً لقوله» = the spokesman"),
    C("evacuation", "asserted", R(44001, None, "people", "أكثر من 44 ألف شخص"),
      CN558_P2, src=[UNHCR, MAHECIC], verb="وفقاً لقوله", place="تلك الملاجئ",
      note="left the shelters after security screening («غادر») → evacuation"),
    C("attack", "hedged", None,
      'يأتي هذا في وقت تشهد فيه مدينة دوما انتقادات متبادلة على الصعيد الدولي وسط تقارير بوقوع هجوم كيماوي في دوما.',
      src=[REPORTS], place="دوما",
      note="«تقارير بوقوع هجوم كيماوي» → hedged; no figure"),
], note="«يقارب ثلاثة أضعاف الرقم» is a multiplier, not a count; «20 مارس» is a date"),

# cnn:1042 — Gaza: Israeli defence ministry says 30 air strikes in response to 28 rockets (25 intercepted); WAFA: navy intercepts the «Freedom» boat
A("cnn", 1042, [
    C("attack", "asserted", N(30, "other", "30 غارة جوية"),
      'دبي، الإمارات العربية المتحدة (CNN) – قالت وزارة الدفاع الإسرائيلية إنها قامت بـ30 غارة جوية على قطاع غزة، الثلاثاء، مستهدفة حركتي حماس والجهاد الإسلامي، في ردها على أكبر هجوم صاروخي استهدفها منذ حرب عام 2014.',
      src=[IL_MOD], verb="قالت", agent="وزارة الدفاع الإسرائيلية", place="قطاع غزة", time="الثلاثاء",
      note="air strikes → other; printed «بـ30»; the title's «أكثر من 30» is not annotated; «عام 2014» is a year"),
    C("attack", "asserted", N(25, "other", "25 صاروخا"),
      CN1042_P1, src=[IL_MOD], verb="أشارت", place="غزة",
      note="rockets intercepted by Iron Dome: subset of the 28 fired"),
    C("attack", "asserted", N(28, "other", "28 صاروخا"),
      CN1042_P1, src=[IL_MOD], verb="أشارت", place="القطاع",
      note="rockets fired from Gaza"),
    C("detention", "asserted", None,
      'من جانبها، كشفت وكالة الأنباء الفلسطينية (وفا) أن القوات البحرية الإسرائيلية اعترضت سفينة "الحرية" التي تحمل عل متنها فلسطينيين يسعون إلى رفع الحصار عن قطاع غزة.',
      src=[WAFA], verb="كشفت", agent="القوات البحرية الإسرائيلية",
      note="boat carrying Palestinians intercepted (seized) → detention (statement defensible); no figure"),
], note="Conricus's quote («حماس تتحمل المسؤولية الكاملة») has no figure and is not annotated"),

# ---------------------------------------------------------------- France 24
# france24:311 — south Damascus: army retakes al-Ma'adhaniya in al-Qadam from IS (SANA); SOHR: 17 civilians incl. 7 children killed in Yarmouk, 36 since the offensive, 79 regime vs 68 IS fighters
A("france24", 311, [
    C("control", "asserted", None,
      'وأوردت وكالة سانا أن وحدات من الجيش استعادت السيطرة على منطقة المأذنية "بعد تدمير نقاط محصنة للإرهابيين وتكبيدهم خسائر بالأفراد والعتاد".',
      src=[SANA], verb="أوردت", agent="وحدات من الجيش", place="منطقة المأذنية",
      also=['أحرز الجيش السوري تقدما ميدانيا داخل حي القدم جنوب دمشق، حيث تمكن من استعادة السيطرة على منطقة المأذنية، إثر معارك عنيفة مع مقاتلي تنظيم "الدولة الإسلامية" السبت.',
            'ونقلت سانا عن مصدر عسكري إن السيطرة على المنطقة جاءت بعد "اشتباكات عنيفة مع إرهابيي تنظيم داعش من مسافات قريبة جداً خلال الساعات الماضية".'],
      note="the lede (outlet's voice) restates SANA's report → also; SANA's military source on the same capture → also (chain SANA → مصدر عسكري); «خسائر بالأفراد» has no figure"),
    C("control", "asserted", None,
      'وتعد المأذنية جزءاً من حي القدم الذي تمكن التنظيم من السيطرة عليه الشهر الماضي.',
      agent="التنظيم", place="حي القدم", time="الشهر الماضي",
      note="IS had taken al-Qadam last month; outlet's voice"),
    C("attack", "asserted", N(17, "civilians", "17 مدنياً"),
      FR311_P7A, src=[SOHR], agent="قوات النظام", place="مخيم اليرموك", time="الجمعة",
      also=[FR311_H],
      note="outlet's voice, but the next sentence («كما قتل … خلال الفترة ذاتها، وفق المرصد») and the preceding SOHR sentence make SOHR the source (doubtful: outlet-only defensible); the in-text subheading gives the same figure → also"),
    C("attack", "asserted", N(7, "civilians", "سبعة أطفال"),
      FR311_P7A, src=[SOHR], agent="قوات النظام", place="مخيم اليرموك", time="الجمعة",
      also=[FR311_H],
      note="subset of the 17 civilians; subheading «7 أطفال» → also; same source decision"),
    C("attack", "asserted", N(36, "civilians", "36 مدنياً"),
      FR311_P7A, src=[SOHR], place="مخيم اليرموك", time="منذ بدء الهجوم",
      note="cumulative; same source decision as the 17"),
    C("attack", "asserted", N(79, "fighters", "79 عنصراً"),
      FR311_P7B, src=[SOHR], verb="وفق", time="خلال الفترة ذاتها",
      note="cumulative regime and allied dead since the start of the offensive"),
    C("attack", "asserted", N(68, "fighters", "68 من مقاتلي التنظيم"),
      FR311_P7B, src=[SOHR], verb="وفق", time="خلال الفترة ذاتها",
      note="cumulative IS dead"),
], note="«لليوم العاشر» is an ordinal, «منذ 19 نيسان/أبريل» a date, «محاور عدة» counts axes (places); SOHR's «قصف جوي ومدفعي كثيف» and the failed negotiations to take IS fighters out have no figure; the regime's earlier capture of Eastern Ghouta (background) is not annotated"),

# france24:474 — Yemen: medical sources: coalition strikes on a Sanaa fuel station kill 4, wound 11 (first toll 1); Riyadh: 2 Saudi soldiers killed; war toll; Lowcock: >22m in need, ~8.4m food-insecure
A("france24", 474, [
    C("attack", "asserted", N(4, "people", "أربعة أشخاص"),
      FR474_L, src=[MED_SOURCES], verb="أعلنت", agent="طائرات التحالف العربي الذي تقوده السعودية", place="صنعاء", time="السبت",
      also=[FR474_P1],
      note="restated in the body by the same medical sources → also; «بينهم امرأة» is a bare singular, not annotated"),
    C("attack", "asserted", N(11, "people", "11 آخرون"),
      FR474_L, src=[MED_SOURCES], verb="أعلنت", agent="طائرات التحالف العربي الذي تقوده السعودية", place="صنعاء", time="السبت",
      also=[FR474_P1],
      note="wounded; restated in the body → also"),
    C("attack", "asserted", N(2, "fighters", "جنديين سعوديين"),
      'وقالت الرياض في وقت سابق إن جنديين سعوديين قتلا في معارك ضد الحوثيين.',
      src=[RIYADH], verb="قالت", time="في وقت سابق",
      also=['وأعلنت الرياض في وقت سابق مقتل جنديين سعوديين في معارك ضد الحوثيين في اليمن.'],
      note="dual = 2; «الرياض» = the Saudi government → official"),
    C("attack", "asserted", N(1, "people", "قتيل واحد"),
      'وأشارت حصيلة أولية من مصدر طبي إلى سقوط قتيل واحد لكنها ارتفعت بعد ذلك.',
      src=[MED_SOURCE], verb="أشارت",
      note="preliminary toll, superseded by the 4 (the text says it rose); explicit «واحد» so annotated"),
    C("attack", "asserted", R(10000, None, "people", "ما لا يقل عن عشرة آلاف يمني"),
      FR474_P5, place="اليمن",
      note="cumulative war toll, outlet's voice (background)"),
    C("attack", "asserted", R(50001, None, "people", "أكثر من 50 ألفا"),
      FR474_P5, place="اليمن",
      note="cumulative wounded, outlet's voice"),
    C("statement", "asserted", R(2201, None, "people", "أكثر من2200\xa0 شخص"),
      FR474_P5, place="اليمن",
      note="cholera deaths (not violence) → statement; outlet's voice; no space after «من» and an NBSP + space before «شخص»"),
    C("statement", "asserted", V("malayin", "people", "ملايين اليمنيين"),
      'وأضاف لوكوك أن "هذه العوامل تتسبب في مضاعفة الضرر الناجم عن أسوأ أزمة إنسانية في العالم في وقت يعاني فيه ملايين اليمنيين من انعدام الأمن الغذائي ويواجهون احتمال عودة ظهور مرض الكوليرا أو الإسهال المائي".',
      src=[UN, LOWCOCK], verb="أضاف", place="اليمن",
      note="food-insecure people → statement; vague form of the 8.4 million below, separate count form → own claim"),
    C("statement", "asserted", R(22000001, None, "people", "أكثر من22\xa0 مليون شخص"),
      FR474_P9, src=[UN, LOWCOCK], verb="قال", place="اليمن",
      note="people in need of aid or protection → statement; no space after «من», NBSP + space before «مليون»"),
    C("statement", "asserted", N(8400000, "people", "نحو8,4\xa0 ملايين شخص", approx=True),
      FR474_P9, src=[UN, LOWCOCK], verb="قال", place="اليمن",
      note="food insecurity and risk of famine; «8,4» has a decimal comma = 8.4 million (the checker may read 84 million)"),
    C("statement", "asserted", N(10000000, "people", "عشرة ملايين شخص آخرون"),
      FR474_P9, src=[UN, LOWCOCK], verb="حذر", time="بحلول نهاية هذا العام",
      note="projected additional food-insecure people if conditions do not improve; conditional warning without a hedge word → asserted (possible defensible)"),
], note="the witnesses' «سلسلة ضربات جوية» and the coalition's destroyed object near Abha airport have no figure and are not annotated; «منذ آذار/مارس 2015» is a date"),

# france24:722 — Aramco denies a Houthi drone attack on its Riyadh refinery; MSF and local sources: 10 civilians killed in Taiz and Hodeidah; senior commander killed in Marib
A("france24", 722, [
    C("attack", "denied", None,
      'نفت شركة أرامكو السعودية للنفط الأربعاء أن تكون مصفاة الشركة بالرياض قد تعرضت لهجوم، مشيرة إلى أن الحريق المحدود الذي أصابها وقع نتيجة "حادث يتعلق بالعمليات"، وتمت السيطرة عليه.',
      src=[ARAMCO], verb="نفت", place="الرياض", time="الأربعاء",
      also=['أشارت شركة أرامكو النفطية السعودية الأربعاء، في بيان على حسابها الرسمي على تويتر إلى أن الحريق المحدود الذي تمت السيطرة عليه في مصفاتها بالرياض وقع نتيجة "حادث يتعلق بالعمليات".'],
      note="denies the Houthi attack on the refinery; the tweet restating the «operational incident» → also"),
    C("attack", "asserted", None,
      'وكان الحوثيون قد أعلنوا أنهم هاجموا بطائرة بدون طيار مصفاة تابعة لشركة أرامكو في الرياض الأربعاء، في الوقت الذي قالت فيه الشركة أنها احتوت حريقا محدودا في المصفاة.',
      src=[HOUTHIS], verb="أعلنوا", agent="الحوثيون", place="الرياض", time="الأربعاء",
      also=['وكان الحوثيون قد أعلنوا استهداف المصفاة بطائرة مسيرة.',
            'وقال تلفزيون المسيرة الذي يديره الحوثيون على تويتر "سلاح الجو المسير يستهدف مصفاة شركة أرامكو في الرياض".'],
      note="one drone (singular), no count; lede restatement → also; the Houthi-run al-Masirah TV tweet is the same claim through the group's own channel → also (own claim with chain OU(المسيرة) defensible)"),
    C("attack", "denied", None,
      'وأضافت أرامكو في تحديث على حسابها الرسمي على تويتر "لم تقع أي إصابات، كما لم تتأثر أعمال المصفاة بهذا الحريق".',
      src=[ARAMCO], verb="أضافت", place="المصفاة",
      note="«لم تقع أي إصابات»: no casualties — a negative statement, typed denied (asserted defensible: no one claimed casualties)"),
    C("attack", "asserted", N(10, "civilians", "عشرة مدنيين"),
      'وعلى الصعيد العسكري داخل الأراضي اليمينة، قتل عشرة مدنيين في قصف أصاب سوقا ومنزلين غربي البلاد، بحسب ما أفادت الأربعاء منظمة "أطباء بلا حدود" ومصادر محلية يمنية.',
      src=[MSF], verb="أفادت", place="غربي البلاد", time="الأربعاء",
      also=['بينما قتل عشرة مدنيين في مدينتي تعز والحديدة.',
            'مقتل قائد رفيع من القوات الحكومية في مأرب وعشرة مدنيين في تعز والحديدة'],
      note="joint attribution «أطباء بلا حدود ومصادر محلية يمنية» → one chain (MSF) with this note; total of the 3 (MSF) + 7 (local sources) below; lede sentence and in-text subheading → also"),
    C("attack", "asserted", N(3, "civilians", "ثلاثة مدنيين"),
      FR722_P9, src=[MSF], verb="قالت", place="مدينة تعز",
      note="tweet; «on the Red Sea» is the text's own error"),
    C("attack", "asserted", N(9, "civilians", "تسعة"),
      FR722_P9, src=[MSF], verb="قالت", place="مدينة تعز",
      note="wounded; bare number after «ثلاثة مدنيين» → civilians"),
    C("attack", "asserted", None,
      'ولم تحدد المنظمة الجهة المسؤولة عن القصف، لكن وكالة الأنباء اليمنية الرسمية "سبأ"، المتحدثة باسم الحكومة المعترف بها دوليا، قالت إن الحوثيين يقفون خلف عملية القصف التي وقعت الثلاثاء.',
      src=[SABA], verb="قالت", agent="الحوثيين", place="تعز", time="الثلاثاء",
      note="SABA blames the Houthis for the Taiz market shelling; no figure"),
    C("attack", "asserted", N(7, "civilians", "سبعة مدنيين"),
      FR722_P11, src=[LOCAL_SOURCES], verb="وفق", agent="الحوثيين", place="مديرية الدريهمي الواقعة في محافظة الحديدة", time="الأربعاء",
      note="«ونسب إلى الحوثيين» is the sources' attribution of blame, not a hedge of the toll"),
    C("attack", "asserted", N(2, "civilians", "امرأتان"),
      FR722_P11, src=[LOCAL_SOURCES], verb="وفق", place="مديرية الدريهمي الواقعة في محافظة الحديدة", time="الأربعاء",
      note="dual subset of the 7; «وطفل» bare singular not annotated"),
    C("attack", "asserted", None,
      'وفي مأرب، أفاد مراسل فرانس24 بمقتل العميد الركن محمد محمد صالح الأحمر، وهو قائد رفيع في الحرب ضد الحوثيين وملحق عسكري يمني لدى ممكلة البحرين.',
      src=[F24_CORR], verb="أفاد", place="مأرب",
      also=['وميدانيا، أفاد مراسل فرانس24 بمقتل قائد عسكري رفيع "بتفجير غامض" في مأرب.'],
      note="one named commander killed, no count; the outlet's own correspondent → outlet kind with role"),
    C("attack", "asserted", V("adad", "people", "عدد من مرافقيه"),
      'وقالت مصادر عسكرية إن الأحمر وهو صهر نائب الرئيس اليمني الفريق علي محسن الأحمر، قتل وعدد من مرافقيه بتفجير غامض استهدف موكب عمه الفريق الأحمر الذي نجا من الهجوم بين منطقة صافر ومدينة مأرب الخاضعة للقوات الحكومية المدعومة من الرياض.',
      src=[MIL_SOURCES], verb="قالت", place="بين منطقة صافر ومدينة مأرب",
      note="bodyguards killed with al-Ahmar; «مرافقيه» → people"),
    C("attack", "asserted", N(10000, "people", "نحو عشرة آلاف قتيل", approx=True),
      FR722_P22, place="هذا البلد", time="ومنذ 2015",
      note="cumulative war toll, outlet's voice; the next sentence's «بحسب الأمم المتحدة» covers only the humanitarian-crisis wording → outlet-only"),
    C("attack", "asserted", R(2201, None, "people", "أكثر من 2200 طفل"),
      FR722_P22, place="هذا البلد", time="ومنذ 2015",
      note="subset («ضمنهم») of the war dead; list headed by «قتيل» → people"),
], note="the French diplomatic source's and Abdul-Malik al-Houthi's statements have no figures; «27 حزيران/يونيو» is a date; the bodies pulled from the rubble (confirmed by medical sources) have no figure"),

# ---------------------------------------------------------------- Sky News Arabia
# skynewsarabia:594 — Turkey: Hatay governor's office says army killed 11 Kurdish militants, bodies of 6 held; army: 2 soldiers killed by an IED in Afrin; PKK conflict toll
A("skynewsarabia", 594, [
    C("attack", "asserted", N(11, "fighters", "11 مسلحا كرديا"),
      SK594_L, src=[HATAY], verb="قال", agent="الجيش", place="الإقليم", time="الليلة الماضية",
      also=['وجاء في بيان صادر عن مكتب حاكم الإقليم أن قوات الأمن التركية فتحت النار فقتلت المسلحين بعدما رصدت وجودهم في منطقة أرسوز في هاتاي قرب البحر المتوسط.'],
      note="the statement's detail («فقتلت المسلحين», no figure) → also"),
    C("attack", "asserted", N(2, "fighters", "اثنين من جنوده"),
      SK594_L, src=[TR_ARMY], verb="قال", place="منطقة عفرين السورية",
      also=['من ناحية أخرى، قالت القوات المسلحة التركية إن جنديين تركيين قتلا في انفجار عبوة ناسفة بدائية الصنع خلال عمليات تفتيش في منطقة عفرين الاثنين.'],
      note="«الجيش» = the Turkish armed forces, restated later with «جنديين تركيين» → also"),
    C("detention", "asserted", N(6, "other", "ستة مسلحين"),
      'وقال إن الجيش احتجز جثث ستة مسلحين وبنادق من طراز إم-16 وقاذفا للصواريخ وذخيرة.',
      src=[HATAY], verb="قال", agent="الجيش",
      note="bodies of six militants held by the army → unit other (bodies); type doubtful (detention of bodies; attack/statement defensible); presumably among the 11; «قاذفا» singular"),
    C("attack", "hedged", V("adad", "other", "عدد من الهجمات"),
      SK594_P2, src=[HATAY, TR_AUTH], verb="تعتقد", place="الإقليم", time="العام الماضي",
      note="attacks blamed on the militants; «تعتقد» → hedged; attacks → other"),
    C("attack", "asserted", R(40001, None, "people", "ما يربو على 40 ألف شخص"),
      'وتقاتل تركيا مسلحي حزب العمال الكردستاني منذ عام 1984 وقتل ما يربو على 40 ألف شخص في الصراع الذي يتركز إلى حد بعيد في جنوب شرق تركيا على بعد مئات الكيلومترات شرقي هاتاي.',
      place="جنوب شرق تركيا", time="منذ عام 1984",
      note="cumulative PKK-conflict toll, outlet's voice; «ما يربو على» = more than → min N+1; «مئات الكيلومترات» is a distance"),
    C("control", "asserted", None,
      'وأفاد مصدر عسكري بأنهم سيطروا بالكامل على المنطقة مطلع الأسبوع.',
      src=[AN("مصدر عسكري")], verb="أفاد", agent="الجيش التركي وحلفاء له من المعارضة السورية", place="منطقة عفرين", time="مطلع الأسبوع",
      note="full control of Afrin; agent and place from the previous sentence"),
], note="«منذ عام 1984» and «في يناير» are dates"),

# skynewsarabia:1447 — SNHR monthly report: at least 687 arbitrary arrests in Syria in April (476 by the regime, 41 Kurdish forces, 53 IS, 46 HTS, 71 rebels); 2,858 since January; 86,000 missing
A("skynewsarabia", 1447, [
    C("detention", "asserted", R(687, None, "people", "ما لا يقل عن 687 حالة اعتقال"),
      'قالت الشبكة السورية لحقوق الإنسان إنها وثقت ما لا يقل عن 687 حالة اعتقال تعسفي في سوريا خلال أبريل نيسان الماضي.',
      src=[SNHR], verb="قالت", place="سوريا", time="خلال أبريل نيسان الماضي",
      note="arrest cases = people arrested; «اعتقال» is not a detainee noun → people (detainees defensible); «87%» is a percentage"),
    C("detention", "asserted", N(2858, "people", "2858 حالة اعتقال"),
      'وبذلك تكون إحصائيات الاعتقال التعسفي في سوريا ارتفعت إلى 2858 حالة اعتقال، منذ مطلع 2018 وحتى أيار الحالي، وفق أرقام الشبكة السورية لحقوق الإنسان.',
      src=[SNHR], verb="وفق", place="سوريا", time="منذ مطلع 2018 وحتى أيار الحالي",
      note="cumulative"),
    C("detention", "asserted", N(476, "people", "476 شخصًا"),
      SK1447_P4, src=[SNHR], verb="أوضح", agent="النظام السوري", time="خلال نيسان 2018",
      note="«التقرير» = the SNHR report"),
    C("detention", "asserted", N(45, "people", "45 طفلًا"),
      SK1447_P4, src=[SNHR], verb="أوضح", agent="النظام السوري", time="خلال نيسان 2018",
      note="subset of the 476"),
    C("detention", "asserted", N(42, "people", "42 امرأة"),
      SK1447_P4, src=[SNHR], verb="أوضح", agent="النظام السوري", time="خلال نيسان 2018",
      note="subset of the 476"),
    C("detention", "asserted", N(41, "people", "41 شخصًا"),
      SK1447_P4, src=[SNHR], verb="أوضح", agent="قوات الإدارة الذاتية الكردية", time="خلال نيسان 2018",
      note="«بينهم طفل» bare singular not annotated"),
    C("detention", "asserted", N(3, "people", "ثلاث نساء"),
      SK1447_P4, src=[SNHR], verb="أوضح", agent="قوات الإدارة الذاتية الكردية", time="خلال نيسان 2018",
      note="subset of the 41"),
    C("detention", "asserted", N(53, "people", "53 شخصًا"),
      SK1447_P5, src=[SNHR], agent="تنظيم داعش", time="خلال نفس الفترة",
      note="outlet's «كما» sentence continuing the report's breakdown («خلال نفس الفترة») → SNHR carried over"),
    C("detention", "asserted", N(2, "people", "طفلان"),
      SK1447_P5, src=[SNHR], agent="تنظيم داعش", time="خلال نفس الفترة",
      note="dual, subset of the 53 (first «طفلان» of the sentence)"),
    C("detention", "asserted", N(3, "people", "ثلاث نساء"),
      SK1447_P5, src=[SNHR], agent="تنظيم داعش", time="خلال نفس الفترة",
      note="subset of the 53"),
    C("detention", "asserted", N(46, "people", "46 شخصًا"),
      SK1447_P5, src=[SNHR], agent='هيئة تحرير الشام "جبهة النصرة"', time="خلال نفس الفترة",
      note="same carried-over attribution"),
    C("detention", "asserted", N(2, "people", "طفلان"),
      SK1447_P5, src=[SNHR], agent='هيئة تحرير الشام "جبهة النصرة"', time="خلال نفس الفترة",
      note="dual, subset of the 46 (second «طفلان» of the sentence)"),
    C("detention", "asserted", N(71, "people", "71 شخصًا"),
      SK1447_P5, src=[SNHR], agent="فصائل المعارضة المسلحة", time="خلال نفس الفترة",
      note="same carried-over attribution"),
    C("detention", "asserted", N(2, "people", "سيدتان"),
      SK1447_P5, src=[SNHR], agent="فصائل المعارضة المسلحة", time="خلال نفس الفترة",
      note="dual, subset of the 71; «طفل» bare singular not annotated"),
    C("statement", "asserted", N(86000, "people", "86 ألف مفقود"),
      'وطالبت الشبكة السورية مجلس حقوق الإنسان بمتابعة قضية المعتقلين والمختفين قسريًا في سوريا، ودعت المجتمع الدولي إلى ضرورة تشكيل لجنة خاصة حيادية لمراقبة حالات الاختفاء القسري والكشف عن مصير 86 ألف مفقود في سوريا، 87% منهم لدى النظام السوري.',
      src=[SNHR], verb="دعت", place="سوريا",
      note="missing persons → statement; «87% منهم» is a percentage"),
], note="the regime's arrest campaigns for conscription (no figure) are not annotated; «نيسان 2018» is a date"),

# skynewsarabia:1655 — Idlib: SOHR raises the toll of the bombing of the HTS court to at least 28 (5 civilians, 10 HTS fighters, 8 alleged IS members, 5 unidentified); earlier toll 9
A("skynewsarabia", 1655, [
    C("attack", "asserted", R(28, None, "people", "28 شخصا على الأقل"),
      'قتل 28 شخصا على الأقل في تفجير استهدف، السبت، مدينة إدلب في شمال غرب سوريا، بحسب حصيلة جديدة كشفها المرصد السوري لحقوق الإنسان، الأحد.',
      src=[SOHR], verb="كشفها", place="مدينة إدلب", time="السبت",
      note="«على الأقل» differs in form from the exact «28 قتيلا» of the quote → own claim"),
    C("attack", "asserted", N(28, "people", "28 قتيلا"),
      SK1655_P2, src=[SOHR], verb="قال", place="مدينة إدلب"),
    C("attack", "asserted", N(5, "civilians", "خمسة مدنيين"),
      SK1655_P2, src=[SOHR], verb="قال", place="مدينة إدلب",
      note="subset of the 28"),
    C("attack", "asserted", N(10, "fighters", "عشرة مقاتلين"),
      SK1655_P2, src=[SOHR], verb="قال", place="مدينة إدلب",
      note="HTS fighters, subset of the 28"),
    C("attack", "asserted", N(8, "people", "ثمانية أشخاص"),
      SK1655_P2, src=[SOHR], verb="قال", place="مدينة إدلب",
      note="people accused of belonging to IS (presumably held at the court), subset"),
    C("attack", "asserted", N(5, "people", "خمسة"),
      SK1655_P2, src=[SOHR], verb="قال", place="مدينة إدلب",
      note="«وخمسة لم يتم التعرف على هوياتهم» (unidentified), bare number: the second «خمسة» of the sentence"),
    C("attack", "asserted", N(9, "people", "تسعة قتلى"),
      'وكانت حصيلة سابقة السبت، قد أشارت إلى تسعة قتلى.',
      src=[SOHR], verb="أشارت", time="السبت",
      note="earlier toll, superseded; outlet's sentence, but the lede's «حصيلة جديدة كشفها المرصد» makes the earlier toll SOHR's (doubtful: outlet-only defensible)"),
    C("control", "asserted", None,
      'وتشهد محافظة إدلب، التي تسيطر هيئة تحرير الشام على الجزء الأكبر منها، تفجيرات واغتيالات لا تتبناها غالبا جهة معينة، وتكون ناتجة من نزاع داخلي بين الفصائل الموجودة في المحافظة.',
      agent="هيئة تحرير الشام", place="محافظة إدلب",
      note="HTS holds most of Idlib province; outlet's voice"),
], note="the target (HTS court near the provincial hospital) is count-less detail, not annotated"),

# skynewsarabia:3213 — UN deputy spokeswoman: >1.2 million internally displaced in Syria in H1 2018 (~400,000 Idlib, >300,000 Daraa); food aid to >400,000 in the north-west and ~100,000 in the south
A("skynewsarabia", 3213, [
    C("evacuation", "asserted", R(1200001, None, "people", "أكثر من 1.2 مليون شخص"),
      'قالت نائبة المتحدث الرسمي للأمين العام للأمم المتحدة إري كانكو إن أكثر من 1.2 مليون شخص نزحوا داخل سوريا خلال الشهور الستة الأولى من العام الجاري.',
      src=[UN, KANKO], verb="قالت", place="داخل سوريا", time="خلال الشهور الستة الأولى من العام الجاري",
      note="cumulative displacement"),
    C("evacuation", "hedged", N(1200000, "people", "ما يقرب من 1.2 مليون شخص", approx=True),
      SK3213_P2, src=[UN, KANKO], verb="أكدت", time="في النصف الأول من عام 2018",
      note="different count form from «أكثر من 1.2 مليون» → own claim; «ورد أن» (reportedly) read as «تقارير عن» → hedged (asserted defensible)"),
    C("evacuation", "hedged", R(6501, None, "people", "ما يزيد عن 6500 شخص"),
      SK3213_P2, src=[UN, KANKO], verb="أكدت", time="يوميا",
      note="daily rate of the same displacement; under «ورد أن» → hedged"),
    C("evacuation", "hedged", N(200000, "people", "ما يقرب من 200 ألف شخص", approx=True),
      SK3213_P2, src=[UN, KANKO], verb="أكدت", time="شهريا",
      note="monthly rate; under «ورد أن» → hedged"),
    C("evacuation", "asserted", N(400000, "people", "نحو 400 ألف شخص", approx=True),
      SK3213_P3, src=[UN, KANKO], verb="أشارت", agent="العملية العسكرية للنظام السوري", place="إدلب", time="في الربع الأول 2018",
      note="the evidence has Arabic presentation-form letters in «ﻟﻧزوح» (outside the count phrase)"),
    C("evacuation", "asserted", R(300001, None, "people", "أكثر من 300 ألف آخرين"),
      SK3213_P3, src=[UN, KANKO], verb="أشارت", place="درعا", time="ومؤخرا"),
    C("aid", "asserted", R(400001, None, "people", "أكثر من 400 ألف شخص"),
      SK3213_P5, src=[UN, KANKO], verb="أشارت", agent="الأمم المتحدة", place="شمال غربي سوريا", time="في يونيو / حزيران الماضي",
      note="recipients of UN food aid; printed «لأكثر من»"),
    C("aid", "asserted", V("adad", "people", "العديد منهم"),
      SK3213_P5, src=[UN, KANKO], verb="أشارت", agent="الأمم المتحدة", place="شمال غربي سوريا", time="في يونيو / حزيران الماضي",
      note="vague subset: displaced people among the >400,000 aid recipients (doubtful whether a fact-checker would list it)"),
    C("aid", "asserted", N(100000, "people", "ما يقرب من 100 ألف شخص", approx=True),
      SK3213_P5, src=[UN, KANKO], verb="أشارت", agent="الأمم المتحدة", place="جنوبي البلاد", time="في يونيو / حزيران الماضي"),
], note="Kanko's statements of concern have no figures; «عام 2018», «الربع الأول» are dates/periods"),
]

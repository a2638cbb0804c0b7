"""Sixth claim set, part b (see ann_devset6.py)."""
from dsl import *

AFP = AG("فرانس برس")
UN = OR("الأمم المتحدة")
MOUMTZIS = PE("بانوس مومتزيس", "منسق الأمم المتحدة للشؤون الإنسانية في سوريا")
HAMZA = PE("حمزة حسن", "طبيب يعمل داخل الغوطة الشرقية")
GHOUTA_ACTIVISTS = AN("نشطاء ميدانيون من داخل الغوطة")
BAGHERI = PE("محمد باقري", "رئيس الأركان الإيراني")
GAZA_MOH = OF("وزارة الصحة الفلسطينية")
IDF = OF("الجيش الإسرائيلي")
IDF_OFFICIAL = AN("مسؤول بالجيش الإسرائيلي")
WHITE_HELMETS = OR("الخوذ البيضاء")
SHEIKHO = PE("أحمد الشيخو", "رئيس المكتب الإعلامي لمنظمة الخوذ البيضاء في محافظة إدلب")
RU_MOD = OF("وزارة الدفاع الروسية")
CHITA_PAPER = OU("صحيفة محلية في مدينة شيتا في سيبيريا")
REPORTS = AN("تقارير")
STATE_TV = OU("التلفزيون الرسمي")
ALWATAN = OU("صحيفة الوطن")
MIL_SOURCE = AN("مصدر عسكري")
OPP_SOURCE = AN("مصدر معارض مطلع على المفاوضات في دوما")
RIF_CD = OR("مركز الدفاع المدني في ريف دمشق")
TN_AUTH = OF("السلطات التونسية")
TN_MOI = OF("وزارة الداخلية التونسية")
TN_GUARD = OF("الحرس الوطني التونسي")
JABABLI = PE("حسام الجبابلي", "المتحدث الرسمي باسم الحرس الوطني التونسي")
MOSAIQUE = OU("إذاعة موزاييك إف إم")
SALVINI = PE("ماتيو سالفيني", "وزير الداخلية الإيطالي")

# ------------------------------------------------------------------ shared evidence
CN97_MOUM = 'وقال منسق الأمم المتحدة للشؤون الإنسانية في سوريا بانوس مومتزيس إن عدد القتلى بعد إقرار مشروع قرار الهدنة بلغ 7 أشخاص على الأقل.'
CN97_TOLL = 'وكان عدد القتلى منذ الأحد الماضي وحتى التصويت على الهدنة قد تجاوز 500 شخص فيما بلغ عدد المصابين 2500 شخص.'

CN428_L = 'أتلانتا، الولايات المتحدة الأمريكية (CNN)-- ارتفع عدد القتلى الفلسطينيين في غزة إثر مواجهات مع القوات الإسرائيلية، الجمعة، إلى 12 قتيلا، فيما بلغ عدد المصابين 1100 شخص، وفقا لما أعلنته وزارة الصحة الفلسطينية.'
CN428_P1 = 'وخرج آلاف الفلسطينيين في غزة في مسيرات "العودة الكبرى" للمطالبة بحق عودة اللاجئين الفلسطينيين، وتزامنت المسيرات مع "يوم الأرض" الذي يحيي فيه الفلسطينيون ذكرى مقتل 6 من عرب إسرائيل داخل الخط الأخضر على يد القوات الإسرائيلية خلال مظاهرات عام 1976.'

CN1297_L = '(CNN)-- قال أحمد الشيخو، رئيس المكتب الإعلامي لمنظمة الخوذ البيضاء في محافظة إدلب السورية، لشبكة CNN، إن رجلا واحدا على الأقل قتل وأصيب 6 مدنيين في سلسلة من الغارات الجوية والقصف المدفعي ضربت إدلب، التي تسيطر عليها المعارضة، الخميس.'

FR475_L = 'شن تنظيم الدولة الإسلامية هجوما على دير الزور في شرق سوريا قتل خلاله على الأقل 26 مقاتلا من قوات النظام السوري إضافة إلى تسعة مقاتلين روس، وفق ما أفاد المرصد السوري لحقوق الإنسان الأحد.'
FR475_P1 = 'أفاد المرصد السوري لحقوق الإنسان الأحد أن 35 مقاتلا من قوات النظام السوري والموالين له بينهم تسعة مقاتلين روس لقوا حتفهم في هجوم شنه تنظيم "الدولة الإسلامية" قبل أيام على نقطة تجمع لهم في شرق سوريا.'
FR475_P2 = 'وأكد المرصد أن "مقاتلين من تنظيم داعش هاجموا الأربعاء رتلا لقوات النظام وقوات روسية حليفة أثناء توقفه في نقطة جنوب غرب مدينة الميادين، ما تسبب بمقتل 26 من قوات النظام بالإضافة إلى تسعة مقاتلين روس".'
FR475_P7 = 'وبحسب الوزارة، فإن اثنين من القتلى الروس قضوا على الفور بعد الهجوم وهم من "المستشارين الروس الذين يديرون المدفعية السورية" بينما أصيب خمسة بجروح نقلوا على إثرها إلى مستشفى عسكري روسي، توفي اثنان منهم في وقت لاحق.'

FR849_L = 'قتل 30 مدنيا على الأقل، بينهم ثلاثة أطفال، الجمعة في غارات جوية شنها الطيران الروسي والسوري على عدة مناطق بمحافظتي إدلب وحلب شمال سوريا.'
FR849_RAMI = 'وأوضح مدير المرصد رامي عبد الرحمن أن ثمانية مدنيين قتلوا في قصف على مدينة خان شيخون فيما قتل ثلاثة آخرون بينهم طفل في قصف لبلدة التح المجاورة.'
FR849_ALEPPO = 'وفي محافظة حلب المجاورة، أسفرت ضربات جوية على بلدة أورم الكبرى عن مقتل 18 مدنيا بينهم ثلاثة أطفال بحسب المرصد، الذي لم يتمكن من تحديد ما إذا كانت الضربات قد شنها الطيران السوري أم الروسي.'

FR651_L = 'أفاد المرصد السوري لحقوق الإنسان السبت، أن ثماني بلدات على الأقل في محافظة درعا وافقت على اتفاق للمصالحة مع دمشق، إثر مفاوضات برعاية روسية.'
FR651_P8 = 'وقتل خمسة مدنيين على الأقل السبت في بلدة غضم جنوب شرق درعا جراء القصف ليترفع عدد القتلى المدنيين منذ بدء التصعيد إلى 105 مدنيين بينهم 19 طفلا، وفق المرصد.'
FR651_P9A = 'كما تدور اشتباكات مستمرة داخل مدينة درعا، تسببت منذ ليل الجمعة بمقتل 17 عنصرا على الأقل من قوات النظام والمسلحين الموالين لها.'
FR651_P10 = 'وبذلك، يرتفع إلى 96 عدد عناصر قوات النظام والمسلحين الموالين لها الذين قتلوا منذ بدء التصعيد مقابل 59 على الأقل من الفصائل المعارضة، بحسب المرصد.'

SK616_P5 = 'وفي تطور آخر، قال مركز الدفاع المدني في ريف دمشق إنه وثق مقتل 1433 مدنيا في 34 يوما من هجمات النظام السوري بمساندة روسيا وإيران على الغوطة الشرقية بريف دمشق.'
SK616_P6 = 'وذكر المركز أن الهجمات الجوية والبرية للنظام وروسيا وإيران على الغوطة الشرقية، التي استمرت من 19 فبراير الماضي إلى 23 مارس الجاري، أسفرت عن مقتل 1433 مدنيا، من بينهم 291 طفلا و223 سيدة.'
SK616_P7 = 'وأضاف مركز الدفاع المدني أن الهجمات أسفرت أيضا عن إصابة 3607 مدنيا، من بينهم 975 طفلا و790 سيدة، كما تزامنت مع عملية عسكرية للسيطرة على الغوطة الشرقية التي لا تزال بعض أجزائها تحت سيطرة المعارضة.'
SK616_P8 = 'وأكد التقرير أن المدنيين تعرضوا لهجمات بغازات سامة 10 مرات، فيما نفذت طائرات النظام وروسيا 3294 غارة جوية على المنطقة منذ انطلاق العملية العسكرية في 19 فبراير الماضي.'

SK3374_P0 = 'قال المرصد السوري لحقوق الإنسان إن انفجارا في مبنى سكني يعتقد انه يضم مستودع أسلحة وذخيرة في محافظة إدلب السورية التي تسيطر عليها المعارضة المسلحة أسفر عن مقتل 39 شخصا منهم 12 طفلا أمس الأحد.'
SK3374_P3 = 'وقالت جماعة الخوذ البيضاء السورية للدفاع المدني التي تأسست في المناطق التي تسيطر عليها المعارضة على موقع تويتر إن 36 شخصا قتلوا وأصيب العشرات في الانفجار وإنه جرى انتشال عشرة أشخاص أحياء منتحت الأنقاض بعد الانفجار الذي وقع فجر اليوم.'

SK3956_P1 = 'وذكر المرصد السوري أن "التحالف استهدف قبل منتصف ليل الخميس بلدة السوسة بريف دير الزور، ما أسفر عن مقتل 18 مدنيا بينهم 7 أطفال".'
SK3956_P2 = 'وكرر التحالف الدولي غاراته مجددا، الجمعة، على البلدة ذاتها موقعا 14 مدنيا، وأسفر القصف عن سقوط عشرات الجرحى، ولا يزال أشخاص تحت الأنقاض.'

SK3407_P1 = 'وأعلنت وزارة الداخلية التونسية ليل الاثنين عن توقيف 15 شخصا بينهم تسعة "عناصر تكفيرية".'
SK3407_P8 = 'وتم توقيف 2659 مهاجرا حاولوا عبور البحر حتى حزيران/يونيو الفائت مقابل 564 شخصا في نفس الفترة من العام 2017، وفقا للجبابلي.'

ARTICLES = [
# ---------------------------------------------------------------- CNN
# cnn:97 — Eastern Ghouta: UNSC truce "ink on paper"; UN coordinator: at least 7 killed since the vote; >500 killed / 2,500 wounded the week before; ground assault attempts
A("cnn", 97, [
    C("agreement", "asserted", None,
      'أتلانتا، الولايات المتحدة الأمريكية (CNN)-- جهود دولية مكثفة ومفاوضات متعثرة في مجلس الأمن أدت، بعد تأجيل التصويت عدة مرات، إلى موافقة بالإجماع من الدول الأعضاء بالمجلس، مساء السبت، على مشروع قرار بشأن هدنة فورية في سوريا لمدة 30 يوما، لكن الوضع على الأرض، خاصة في الغوطة الشرقية، التي كانت محركا لمشروع القرار، يبدو مختلفا.',
      place="سوريا", time="مساء السبت",
      note="UNSC truce resolution, outlet's voice; «لمدة 30 يوما» is a duration, «عدة مرات» counts postponements, not annotated"),
    C("attack", "asserted", None,
      'وقال الدكتور حمزة حسن إنه "لم يتغير شيء، الغارات الجوية مستمرة وجرى قصف مستشفى ولادة في مدينة سقبا بالغوطة الشرقية".',
      src=[HAMZA], verb="قال", place="مدينة سقبا بالغوطة الشرقية",
      note="one of the doctors inside Ghouta who spoke to CNN (previous sentence); maternity hospital shelled; no figure"),
    C("attack", "asserted", R(7, None, "people", "7 أشخاص على الأقل"),
      CN97_MOUM, src=[UN, MOUMTZIS], verb="قال", time="بعد إقرار مشروع قرار الهدنة",
      note="killed since the truce vote; place not stated (Eastern Ghouta by context)"),
    C("attack", "asserted", R(501, None, "people", "تجاوز 500 شخص"),
      CN97_TOLL, time="منذ الأحد الماضي وحتى التصويت على الهدنة",
      note="cumulative killed; «وكان …» background sentence in the outlet's voice right after the UN coordinator's figure — the text does not show him still speaking, so outlet-only (attributing it to Moumtzis would be defensible); «قد تجاوز» is «more than»"),
    C("attack", "asserted", N(2500, "people", "2500 شخص"),
      CN97_TOLL, time="منذ الأحد الماضي وحتى التصويت على الهدنة",
      note="cumulative wounded; same source decision as the >500 killed"),
    C("attack", "asserted", None,
      'في الوقت نفسه، قال نشطاء ميدانيون من داخل الغوطة، في تصريحات لـCNN، إن قوات برية موالية لنظام الرئيس بشار الأسد حاولت اقتحام الغوطة من عدة جبهات، الأحد، رغم قرار الهدنة، ووصف النشطاء الوضع في الغوطة بأن الغارات الجوية مستمرة كما كانت قبل الهدنة لكن محاولات الهجوم البرية تحدث للمرة الأولى.',
      src=[GHOUTA_ACTIVISTS], verb="قال", agent="قوات برية موالية لنظام الرئيس بشار الأسد", place="الغوطة", time="الأحد",
      note="ground assault attempts despite the truce; «عدة جبهات» counts fronts (places), not annotated"),
    C("threat", "asserted", None,
      'وكان رئيس الأركان الإيراني اللواء محمد باقري قال إن إيران وسوريا ستلتزمان بقرار مجلس الأمن حول وقف إطلاق النار، ولكنه اعتبر أن بعض أقسام ضواحي دمشق، التي اعتبر أنها تخضع لمن وصفهم بـ"الإرهابيين" ستبقى خارج قرار وقف إطلاق النار "وستستمر عمليات تطهيرها من الإرهاب" في إشارة إلى نية مواصلة العمليات بالمنطقة.',
      src=[BAGHERI], verb="قال", place="ضواحي دمشق",
      note="operations to go on in parts of the Damascus suburbs; the commitment to the resolution could also be read as agreement"),
], note="«حبر على ورق» (doctors) is a characterisation without a figure"),

# cnn:428 — Gaza "Great Return March": health ministry 12 killed, 1,100 wounded; Israeli army official: 2 Hamas members among the dead
A("cnn", 428, [
    C("attack", "asserted", N(12, "people", "12 قتيلا"),
      CN428_L, src=[GAZA_MOH], verb="أعلنته", agent="القوات الإسرائيلية", place="غزة", time="الجمعة",
      note="cumulative for the day («ارتفع … إلى»); «القتلى الفلسطينيين» → people"),
    C("attack", "asserted", N(1100, "people", "1100 شخص"),
      CN428_L, src=[GAZA_MOH], verb="أعلنته", agent="القوات الإسرائيلية", place="غزة", time="الجمعة",
      note="wounded"),
    C("statement", "asserted", V("alaf", "people", "آلاف الفلسطينيين"),
      CN428_P1, place="غزة",
      note="protesters taking part in the marches → statement (as the «20 ألف متظاهر» of the devset); outlet's voice"),
    C("attack", "asserted", N(6, "people", "6 من عرب إسرائيل"),
      CN428_P1, agent="القوات الإسرائيلية", place="داخل الخط الأخضر", time="خلال مظاهرات عام 1976",
      note="historical background (Land Day 1976), outlet's voice; «عام 1976» is a year"),
    C("attack", "asserted", N(2, "fighters", "2 من عناصر حركة حماس"),
      'وقال مسؤول بالجيش الإسرائيلي إن بين القتلى الفلسطينيين في غزة من وصفهم "إرهابيين معروفين"، وبينهم 2 من عناصر حركة حماس، أحدهما من القوات الخاصة لحماس.',
      src=[IDF, IDF_OFFICIAL], verb="قال", place="غزة",
      note="subset of the dead; «عناصر» → fighters; «أحدهما» singular; «إرهابيين معروفين» has no figure"),
], note="Haniyeh's statements hold no figures; the official's «القوات الإسرائيلية تطلق النار لمنع محاولات اقتحام الحدود» is count-less and not annotated"),

# cnn:1297 — Idlib: White Helmets media head says at least one man killed, 6 civilians wounded; 14 killed on Tuesday; unrelated teaser paragraphs appended
A("cnn", 1297, [
    C("attack", "asserted", R(1, None, "people", "رجلا واحدا على الأقل"),
      CN1297_L, src=[WHITE_HELMETS, SHEIKHO], verb="قال", place="إدلب", time="الخميس",
      also=['وقال الشيخو إن مركزا تديره مجموعة الإنقاذ التطوعية خرج من الخدمة بسبب نيران المدفعية في قرية التمانعة في جنوب إدلب، مضيفا أن الرجل الذي قُتل كان في قرية الطهوت الجنوبية.'],
      note="an explicit number with «على الأقل» (min 1), so annotated although one person (bare singulars are not); the later «الرجل الذي قُتل» is the same fact → also"),
    C("attack", "asserted", N(6, "civilians", "6 مدنيين"),
      CN1297_L, src=[WHITE_HELMETS, SHEIKHO], verb="قال", place="إدلب", time="الخميس",
      note="wounded"),
    C("attack", "asserted", R(14, None, "people", "ما لا يقل عن 14 شخصاً"),
      'والثلاثاء الماضي، قُتل ما لا يقل عن 14 شخصاً في سلسلة من الغارات الجوية على القرى المجاورة في إدلب.',
      place="القرى المجاورة في إدلب", time="والثلاثاء الماضي",
      note="background in the outlet's voice; nothing shows al-Sheikho still speaking → outlet-only"),
], note="the rescue centre put out of service by artillery is count-less and not annotated; paragraphs 4–8 (al-Sadr, Haley, al-Maliki, Khalfan, al-Qaradaghi) are site teasers unrelated to the story, no counts"),

# ---------------------------------------------------------------- France 24
# france24:475 — Deir ez-Zor: SOHR 35 regime fighters incl. 9 Russians killed by IS; Russian MoD 4 soldiers, 43 attackers; Chita funerals; 92 Russians killed since 2015; ~3000 troops
A("france24", 475, [
    C("attack", "asserted", R(26, None, "fighters", "على الأقل 26 مقاتلا"),
      FR475_L, src=[SOHR], verb="أفاد", agent="تنظيم الدولة الإسلامية", place="دير الزور في شرق سوريا", time="الأحد",
      note="«على الأقل 26» differs in form from the exact «26 من قوات النظام» below → own claim"),
    C("attack", "asserted", N(9, "fighters", "تسعة مقاتلين روس"),
      FR475_L, src=[SOHR], verb="أفاد", agent="تنظيم الدولة الإسلامية", place="دير الزور في شرق سوريا", time="الأحد",
      also=[FR475_P1, FR475_P2],
      note="restated by SOHR as the subset «بينهم تسعة مقاتلين روس» and in its quote → also"),
    C("attack", "asserted", N(35, "fighters", "35 مقاتلا"),
      FR475_P1, src=[SOHR], verb="أفاد", agent="تنظيم الدولة الإسلامية", place="نقطة تجمع لهم في شرق سوريا", time="قبل أيام",
      note="total regime and allied dead incl. the 9 Russians"),
    C("attack", "asserted", N(26, "fighters", "26 من قوات النظام"),
      FR475_P2, src=[SOHR], verb="أكد", agent="مقاتلين من تنظيم داعش", place="نقطة جنوب غرب مدينة الميادين", time="الأربعاء"),
    C("presence", "hedged", None,
      'وتفيد تقارير كذلك عن مشاركة مرتزقة روس في القتال إلى جانب قوات النظام.',
      src=[REPORTS], verb="تفيد",
      note="Russian mercenaries fighting with regime forces; «تقارير عن» → hedged; no figure"),
    C("attack", "asserted", N(4, "fighters", "أربعة جنود روس"),
      'وصدرت حصيلة المرصد السوري بعد وقت قصير من إعلان وزارة الدفاع الروسية الأحد مقتل أربعة جنود روس جراء هجوم في محافظة دير الزور، دون أن تحدد تاريخه أو مكانه.',
      src=[RU_MOD], verb="إعلان", place="محافظة دير الزور", time="الأحد"),
    C("attack", "asserted", N(2, "fighters", "اثنين من القتلى الروس"),
      FR475_P7, src=[RU_MOD], verb="بحسب", time="على الفور بعد الهجوم",
      note="subset of the 4 (advisers running Syrian artillery); the ministry's statement was relayed by Russian news agencies (previous sentence) — chain kept at the ministry as the sentence says «بحسب الوزارة»"),
    C("attack", "asserted", N(5, "fighters", "خمسة"),
      FR475_P7, src=[RU_MOD], verb="بحسب",
      note="wounded Russian servicemen (bare number; fighters by context, people defensible)"),
    C("attack", "asserted", N(2, "fighters", "اثنان منهم"),
      FR475_P7, src=[RU_MOD], verb="بحسب", time="في وقت لاحق",
      note="died of wounds later: subset of the 5 wounded, and the other 2 of the 4 dead"),
    C("attack", "asserted", N(43, "fighters", "43 من العناصر المهاجمة"),
      'واستمرت المواجهات بين الطرفين قرابة الساعة، قتل خلالها 43 من العناصر المهاجمة وفق وزارة الدفاع الروسية.',
      src=[RU_MOD], verb="وفق",
      note="«قرابة الساعة» is a duration"),
    C("attack", "asserted", N(4, "fighters", "أربعة جنود"),
      'ويوم الأحد، تحدثت صحيفة محلية في مدينة شيتا في سيبيريا عن جنازات أقيمت لأربعة جنود ذكرت أنهم قتلوا في سوريا بتاريخ 23 أيار/مايو.',
      src=[CHITA_PAPER], verb="ذكرت", place="سوريا", time="بتاريخ 23 أيار/مايو",
      note="funerals of four soldiers killed in Syria; «23 أيار/مايو» is a date"),
    C("attack", "asserted", N(92, "fighters", "92 عسكريا روسيا"),
      'ووفق الأرقام الرسمية، قتل 92 عسكريا روسيا في سوريا منذ تدخل موسكو في النزاع.',
      src=[OF("الأرقام الرسمية")], verb="وفق", place="سوريا", time="منذ تدخل موسكو في النزاع",
      note="cumulative; «الأرقام الرسمية» (official — presumably Russian — figures) typed official"),
    C("control", "asserted", None,
      'وتشن قوات النظام السوري وحلفاؤها من جهة، والتحالف الدولي وقوات سوريا الديموقراطية من جهة أخرى، عمليات منفصلة ضد التنظيم المتطرف في محافظة دير الزور حيث لا تزال المجموعة المتطرفة تبسط نفوذها على أراض.',
      agent="التنظيم المتطرف", place="محافظة دير الزور",
      note="IS still holds territory; outlet's voice"),
    C("presence", "asserted", N(3000, "fighters", "نحو 3000 جندي روسي", approx=True),
      'وهناك نحو 3000 جندي روسي في سوريا، ينتشر معظمهم في قاعدة حميميم الواقعة في شمال غرب البلاد.',
      place="سوريا",
      note="outlet's voice (background)"),
], note="«عدة مجموعات إرهابية متنقلة» (Russian agencies quoting the ministry) counts groups, not annotated; Rami Abdel Rahman's split of the Russian dead between regular troops and mercenaries has no figure"),

# france24:849 — Idlib/Aleppo: ~30 civilians killed by Russian and Syrian strikes (SOHR); 8 in Khan Sheikhoun, 3 in al-Tah, 18 in Orum al-Kubra; UN: 2.5 million in Idlib
A("france24", 849, [
    C("attack", "asserted", R(30, None, "civilians", "30 مدنيا على الأقل"),
      FR849_L, src=[SOHR], agent="الطيران الروسي والسوري", place="محافظتي إدلب وحلب", time="الجمعة",
      note="lede in the outlet's voice; the next sentence (SOHR director) and the next paragraph («نحو 30 مدنيا … وفق ما أعلن المرصد») make SOHR the source (doubtful: outlet-only defensible); «على الأقل» vs «نحو» → two claims"),
    C("attack", "asserted", N(3, "civilians", "ثلاثة أطفال"),
      FR849_L, src=[SOHR], agent="الطيران الروسي والسوري", place="محافظتي إدلب وحلب", time="الجمعة",
      note="subset of the 30; same source decision"),
    C("attack", "asserted", N(30, "civilians", "نحو 30 مدنيا", approx=True),
      'لقي نحو 30 مدنيا مصرعهم، بينهم أطفال، في قصف استهدف مناطق تسيطر عليها فصائل المعارضة في محافظتي إدلب وحلب شمال سوريا، وفق ما أعلن المرصد السوري لحقوق الإنسان.',
      src=[SOHR], verb="أعلن", place="محافظتي إدلب وحلب",
      note="«بينهم أطفال» has no figure"),
    C("attack", "asserted", R(11, None, "civilians", "11 مدنيا على الأقل"),
      'وأدى هذا القصف إلى مقتل 11 مدنيا على الأقل.',
      src=[SOHR], agent="مروحيات لقوات النظام والطيران الروسي", place="محافظة إدلب",
      note="attribution carried over from the previous sentence («وقال المرصد إن براميل متفجرة … استهدفت محافظة إدلب»): «هذا القصف» continues that report"),
    C("attack", "asserted", N(8, "civilians", "ثمانية مدنيين"),
      FR849_RAMI, src=[SOHR, RAMI], verb="أوضح", place="مدينة خان شيخون"),
    C("attack", "asserted", N(3, "civilians", "ثلاثة آخرون"),
      FR849_RAMI, src=[SOHR, RAMI], verb="أوضح", place="بلدة التح",
      note="«آخرون» refers back to «مدنيين»; «بينهم طفل» singular"),
    C("attack", "asserted", None,
      'وأكدت منظمة الخوذ البيضاء، الدفاع المدني في مناطق سيطرة المعارضة، هذا القصف الكثيف.',
      src=[WHITE_HELMETS], verb="أكدت", place="إدلب",
      note="confirmation of the heavy shelling; no figure"),
    C("presence", "asserted", N(2500000, "people", "2,5 مليون شخص"),
      'وكررت دمشق في الآونة الأخيرة أن المحافظة على قائمة أولوياتها العسكرية، في وقت تحذر الأمم المتحدة من تداعيات التصعيد على 2,5 مليون شخص في المحافظة، نصفهم من النازحين.',
      src=[UN], verb="تحذر", place="المحافظة",
      note="population of Idlib province; «2,5» has a decimal comma = 2.5 million (the checker reads 25 million); «نصفهم» is a fraction, not annotated"),
    C("attack", "asserted", N(18, "civilians", "18 مدنيا"),
      FR849_ALEPPO, src=[SOHR], verb="بحسب", place="بلدة أورم الكبرى",
      note="SOHR could not say whether Syrian or Russian aircraft"),
    C("attack", "asserted", N(3, "civilians", "ثلاثة أطفال"),
      FR849_ALEPPO, src=[SOHR], verb="بحسب", place="بلدة أورم الكبرى",
      note="subset of the 18"),
], note="the leaflets dropped «على مدن عدة» count places, not annotated; the medic's «أحياء مأهولة أصيبت» has no figure"),

# france24:651 — Daraa: SOHR says at least eight towns accept Russian-brokered reconciliation; SANA: weapons handed over; civilian and fighter tolls
A("france24", 651, [
    C("agreement", "asserted", None,
      FR651_L, src=[SOHR], verb="أفاد", place="محافظة درعا", time="السبت",
      also=['وافقت ثماني بلدات على الأقل في محافظة درعا جنوب سوريا على اتفاق للمصالحة مع دمشق، إثر مفاوضات تولتها روسيا، فيما تستمر الغارات على جبهات أخرى في المنطقة، حسبما أعلن المرصد السوري لحقوق الإنسان السبت.',
            'وقال مدير المرصد "وافقت ثماني بلدات على الأقل في ريفي درعا الشمالي والشرقي على اتفاقات ‘مصالحة’ إثر مفاوضات تولاها ضباط روس مع وجهاء محليين ومن تبقى من مقاتلين معارضين داخل كل بلدة".'],
      note="«ثماني بلدات على الأقل» counts towns (places) → count-less; restated twice by SOHR (the director unnamed in the quote) → also"),
    C("surrender", "asserted", None,
      'وأشارت وكالة الأنباء السورية الرسمية إلى أن تلك القرى انضمت إلى المصالحات بعد تسليم أسلحتها للجيش.',
      src=[SANA], verb="أشارت", place="محافظة درعا",
      also=['وأشارت وكالة الأنباء السورية الرسمية "سانا" إلى "انضمام قرى وبلدات داعل والغارية الشرقية وتلول خليف وتل الشيخ حسين إلى المصالحات بعد تسليم المسلحين أسلحتهم للجيش تمهيدا لتسوية أوضاعهم وفق القوانين والأنظمة النافذة".'],
      note="weapons handed over; no figure"),
    C("statement", "asserted", V("ashrat", "people", "عشرات المواطنين"),
      'وبث التلفزيون الرسمي مشاهد مباشرة من بلدة داعل، حيث تجمع عشرات المواطنين رافعين الأعلام السورية وصورا للرئيس بشار الأسد، مرددين الهتافات المؤيدة له وللجيش.',
      src=[STATE_TV], verb="بث", place="بلدة داعل",
      note="pro-government rally shown on state TV → statement (as protesters)"),
    C("attack", "asserted", R(5, None, "civilians", "خمسة مدنيين على الأقل"),
      FR651_P8, src=[SOHR], verb="وفق", place="بلدة غضم جنوب شرق درعا", time="السبت"),
    C("attack", "asserted", N(105, "civilians", "105 مدنيين"),
      FR651_P8, src=[SOHR], verb="وفق", place="درعا", time="منذ بدء التصعيد",
      also=['استمرار القصف على درعا وارتفاع عدد القتلى إلى 105 مدنيا'],
      note="cumulative; the subheading inside the text gives the same figure → also"),
    C("attack", "asserted", N(19, "civilians", "19 طفلا"),
      FR651_P8, src=[SOHR], verb="وفق", place="درعا", time="منذ بدء التصعيد",
      note="subset of the 105 (cumulative)"),
    C("attack", "asserted", R(17, None, "fighters", "17 عنصرا على الأقل"),
      FR651_P9A, src=[SOHR], place="مدينة درعا", time="منذ ليل الجمعة",
      note="outlet's voice between two «وفق/بحسب المرصد» sentences; the next sentence sums these deaths «وبذلك … بحسب المرصد» → SOHR carried over"),
    C("attack", "asserted", N(12, "fighters", "12 من قوات النظام"),
      'كما قتل 12 من قوات النظام ليل الجمعة جراء معارك في الريف الشرقي.',
      src=[SOHR], place="الريف الشرقي", time="ليل الجمعة",
      note="same carried-over attribution as the 17"),
    C("attack", "asserted", N(96, "fighters", "96"),
      FR651_P10, src=[SOHR], verb="بحسب", place="درعا", time="منذ بدء التصعيد",
      note="cumulative regime and allied dead; bare figure «يرتفع إلى 96 عدد عناصر …»"),
    C("attack", "asserted", R(59, None, "fighters", "59 على الأقل"),
      FR651_P10, src=[SOHR], verb="بحسب", place="درعا", time="منذ بدء التصعيد",
      note="cumulative rebel dead («من الفصائل المعارضة» → fighters)"),
], note="Russian military police deployed «في عدد منها» counts towns, not annotated; the negotiations «على مستويين» (Jordan, local notables) have no count"),

# ---------------------------------------------------------------- Sky News Arabia
# skynewsarabia:616 — Ghouta: al-Watan says army readies Douma assault; Russian ultimatum (AFP source); 16,433 evacuated; Civil Defence: 1,433 civilians killed, 3,607 wounded
A("skynewsarabia", 616, [
    C("threat", "asserted", None,
      'قالت صحيفة موالية للحكومة السورية، الأربعاء، إن الجيش السوري يستعد لعملية "ضخمة" في آخر مدينة يسيطر عليها مقاتلو المعارضة في الغوطة الشرقية، ما لم تقبل جماعة "جيش الإسلام" تسليم المنطقة.',
      src=[ALWATAN, MIL_SOURCE], verb="قالت", agent="الجيش السوري", place="دوما", time="الأربعاء",
      also=['وأكدت صحيفة الوطن، نقلا عن مصدر عسكري قوله: "توجه جميع القوات العاملة في الغوطة الشرقية استعدادا لبدء عملية عسكرية ضخمة في دوما، ما لم يوافق إرهابيو جيش الإسلام على تسليم المدينة ومغادرتها".'],
      note="the unnamed pro-government paper is al-Watan, quoting a military source (next sentence) → one claim, chain to the source"),
    C("threat", "asserted", None,
      'وذكر مصدر معارض مطلع على المفاوضات في دوما، لوكالة "فرانس برس" أن الروس خيروا "جيش الإسلام" بين الاستسلام أو الهجوم"، وجرى منحهم مهلة أيام قليلة للرد.',
      src=[AFP, OPP_SOURCE], verb="ذكر", agent="الروس", place="دوما",
      note="ultimatum; «مهلة أيام قليلة» is a duration"),
    C("evacuation", "asserted", N(16433, "people", "16433"),
      'واستمر الثلاثاء إجلاء مسلحي "جبهة النصرة" و"فيلق الرحمن" من الجيب الجنوبي للغوطة، وبات عدد الخارجين 16433 من المسلحين وعائلاتهم باتجاه إدلب.',
      place="الجيب الجنوبي للغوطة", time="الثلاثاء",
      note="cumulative, outlet's voice; «من المسلحين وعائلاتهم» mixes fighters and families → people"),
    C("attack", "asserted", N(1433, "civilians", "1433 مدنيا"),
      SK616_P5, src=[RIF_CD], verb="قال", agent="النظام السوري بمساندة روسيا وإيران", place="الغوطة الشرقية بريف دمشق", time="في 34 يوما",
      also=[SK616_P6],
      note="cumulative; restated by the centre with the dates (19 Feb – 23 Mar) → also; «34 يوما» is a duration"),
    C("attack", "asserted", N(291, "civilians", "291 طفلا"),
      SK616_P6, src=[RIF_CD], verb="ذكر", place="الغوطة الشرقية", time="من 19 فبراير الماضي إلى 23 مارس الجاري",
      note="subset of the 1,433 civilians"),
    C("attack", "asserted", N(223, "civilians", "223 سيدة"),
      SK616_P6, src=[RIF_CD], verb="ذكر", place="الغوطة الشرقية", time="من 19 فبراير الماضي إلى 23 مارس الجاري",
      note="subset"),
    C("attack", "asserted", N(3607, "civilians", "3607 مدنيا"),
      SK616_P7, src=[RIF_CD], verb="أضاف", place="الغوطة الشرقية",
      note="cumulative wounded"),
    C("attack", "asserted", N(975, "civilians", "975 طفلا"),
      SK616_P7, src=[RIF_CD], verb="أضاف", place="الغوطة الشرقية",
      note="subset of the wounded"),
    C("attack", "asserted", N(790, "civilians", "790 سيدة"),
      SK616_P7, src=[RIF_CD], verb="أضاف", place="الغوطة الشرقية",
      note="subset of the wounded"),
    C("attack", "asserted", N(10, "other", "10 مرات"),
      SK616_P8, src=[RIF_CD], verb="أكد", place="الغوطة الشرقية",
      note="toxic-gas attacks counted as «10 مرات» (ten attacks, unit other like strikes; doubtful: a frequency might be left out); «التقرير» is the Civil Defence centre's report"),
    C("attack", "asserted", N(3294, "other", "3294 غارة جوية"),
      SK616_P8, src=[RIF_CD], verb="أكد", agent="طائرات النظام وروسيا", place="الغوطة الشرقية", time="منذ انطلاق العملية العسكرية في 19 فبراير الماضي",
      note="cumulative air strikes → other"),
], note="the second opposition source's remark about deals elsewhere in Ghouta is count-less and not annotated; «19 فبراير», «23 مارس» are dates"),

# skynewsarabia:3374 — Idlib (Sarmada): blast in a building believed to hold an arms depot; SOHR 39 dead incl. 12 children; White Helmets 36 dead, dozens wounded, 10 pulled out alive
A("skynewsarabia", 3374, [
    C("attack", "asserted", N(39, "people", "39 شخصا"),
      SK3374_P0, src=[SOHR], verb="قال", place="محافظة إدلب", time="أمس الأحد",
      note="«يعتقد» hedges the arms depot, not the toll → asserted"),
    C("attack", "asserted", N(12, "people", "12 طفلا"),
      SK3374_P0, src=[SOHR], verb="قال", place="محافظة إدلب", time="أمس الأحد",
      note="subset, list headed by «شخصا» → people"),
    C("statement", "hedged", None,
      SK3374_P0, src=[SOHR], verb="قال", place="محافظة إدلب",
      note="the building «يعتقد انه يضم مستودع أسلحة وذخيرة» → hedged; SOHR adds it was also used by an arms dealer"),
    C("attack", "asserted", N(36, "people", "36 شخصا"),
      SK3374_P3, src=[WHITE_HELMETS], verb="قالت", time="فجر اليوم",
      note="tweet; different figure from SOHR's 39, neither called wrong → asserted"),
    C("attack", "asserted", V("ashrat", "people", "العشرات"),
      SK3374_P3, src=[WHITE_HELMETS], verb="قالت", time="فجر اليوم",
      note="wounded"),
    C("statement", "asserted", N(10, "people", "عشرة أشخاص"),
      SK3374_P3, src=[WHITE_HELMETS], verb="قالت", time="فجر اليوم",
      note="pulled alive from the rubble: rescue has no SPEC type → statement (evacuation defensible); the text has an NBSP before «عشرة»"),
], note="«منذ سبع سنوات» is a duration; the White Helmets' «سبب الانفجار … لم يعرف بعد» is count-less and not annotated"),

# skynewsarabia:3956 — Deir ez-Zor: SOHR 32 civilians killed in coalition strikes on al-Susa (18 incl. 7 children, then 14); IS takes >100 families from a displaced camp
A("skynewsarabia", 3956, [
    C("attack", "asserted", N(32, "civilians", "32 مدنيا"),
      'قتل 32 مدنيا خلال 24 ساعة في غارات للتحالف الدولي بقيادة واشنطن ضد آخر جيب يسيطر عليه تنظيم داعش الإرهابي في محافظة دير الزور شرقي سوريا، وفق ما أفاد المرصد السوري لحقوق الإنسان، الجمعة.',
      src=[SOHR], verb="أفاد", agent="التحالف الدولي بقيادة واشنطن", place="محافظة دير الزور", time="الجمعة",
      note="«خلال 24 ساعة» is a duration"),
    C("attack", "asserted", N(18, "civilians", "18 مدنيا"),
      SK3956_P1, src=[SOHR], verb="ذكر", agent="التحالف", place="بلدة السوسة بريف دير الزور", time="قبل منتصف ليل الخميس"),
    C("attack", "asserted", N(7, "civilians", "7 أطفال"),
      SK3956_P1, src=[SOHR], verb="ذكر", agent="التحالف", place="بلدة السوسة بريف دير الزور", time="قبل منتصف ليل الخميس",
      note="subset of the 18"),
    C("attack", "asserted", N(14, "civilians", "14 مدنيا"),
      SK3956_P2, src=[SOHR], agent="التحالف الدولي", place="البلدة ذاتها", time="الجمعة",
      note="outlet's voice, but it completes SOHR's 32 (18 + 14) given in the lede and the previous quote → SOHR carried over (doubtful: outlet-only defensible)"),
    C("attack", "asserted", V("ashrat", "people", "عشرات الجرحى"),
      SK3956_P2, src=[SOHR], agent="التحالف الدولي", place="البلدة ذاتها", time="الجمعة",
      note="wounded; same source decision as the 14; «أشخاص تحت الأنقاض» has no figure"),
    C("control", "asserted", None,
      'وتُعد هجين أهم البلدات الواقعة في هذا الجيب وما تزال تحت سيطرة المتشددين، على الرغم من استعادة قوات سوريا الديمقراطية لمناطق أخرى محيطة.',
      agent="المتشددين", place="هجين",
      note="outlet's voice"),
    C("detention", "asserted", R(101, None, "families", "أكثر من 100 عائلة"),
      'وشنّ التنظيم المتطرف، الجمعة، هجوما ضد مخيم للنازحين، تسيطر عليه قوات سوريا الديمقراطية في المنطقة، واقتاد "أكثر من 100 عائلة فيه" إلى بلدة هجين، وفق المرصد، الذي أوضح أن بين هؤلاء أفراد عائلات لعناصر قتلوا في صفوف التنظيم أو آخرين انشقوا عنه.',
      src=[SOHR], verb="وفق", agent="التنظيم المتطرف", place="مخيم للنازحين", time="الجمعة",
      note="families led away by force to Hajin → detention (abduction); transfer defensible"),
], note="IS counter-attacks (SOHR, AFP) and the SDF offensive have no counts and are not annotated; «منذ شهر» is a duration"),

# skynewsarabia:3407 — Tunisia denies Italian minister's claim that arrested migrants were "terrorists"; 15 arrested incl. 9 takfiri; 2,659 migrants stopped; 87 drowned; two IS sympathisers arrested
A("skynewsarabia", 3407, [
    C("statement", "denied", None,
      'نفت السلطات التونسية اتهامات وزير إيطالي حول توقيف مهاجرين "إرهابيين" حاولوا عبور البحر المتوسط بطريقة غير قانونية.',
      src=[TN_AUTH], verb="نفت",
      note="denies that the arrested migrants were terrorists (not the arrests); no figure"),
    C("detention", "asserted", N(15, "people", "15 شخصا"),
      SK3407_P1, src=[TN_MOI], verb="أعلنت", time="ليل الاثنين"),
    C("detention", "asserted", N(9, "fighters", 'تسعة "عناصر تكفيرية"'),
      SK3407_P1, src=[TN_MOI], verb="أعلنت", time="ليل الاثنين",
      note="subset of the 15; «عناصر» → fighters by the unit rule (the ministry's label for extremists)"),
    C("statement", "asserted", None,
      'وعلق وزير الداخلية الإيطالي ماتيو سالفيني في تغريدة على تويتر على توقيف " متطرفين" حاولوا الوصول لإيطاليا قائلا "لمن يقولون إن +الإرهابيين لا يصلون عبر القوارب+".',
      src=[SALVINI], verb="علق",
      note="the accusation that is denied; tweet; no figure"),
    C("statement", "denied", None,
      'من جهته، قال المتحدث الرسمي باسم الحرس الوطني التونسي حسام الجبابلي لاذاعة موزاييك إف إم "ليست هناك أي صبغة إرهابية ضد الجانب الإيطالي في عملية الهجرة غير القانونية".',
      src=[MOSAIQUE, TN_GUARD, JABABLI], verb="قال",
      also=['وأوضح الجبابلي لوكالة فرانس برس "لقد حاولوا مغادرة تونس بحثا عن حياة أفضل، على غرار باقي المهاجرين"، مبينا أنهم رجال تتراوح أعمارهم بين 28 و42 عاما وليست لهم صلة بمجموعات إرهابية.'],
      note="no «نفى» word but an explicit denial of the terrorist link; the same denial to AFP (different outer chain) → also; «بين 28 و42 عاما» are ages"),
    C("transfer", "asserted", V("kabir", "people", "عدد كبير"),
      'ويحاول عدد كبير من الشباب التونسي عبور البحر المتوسط بطريقة غير قانونية بحثا عن عمل في دول أوروبية.',
      place="البحر المتوسط",
      note="outlet's voice, habitual; migrants crossing → transfer (as «عدد كبير من المهاجرين … لعبور البحر» in devset5)"),
    C("attack", "asserted", N(87, "people", "87 شخصا"),
      'وفي بعض الاحيان، تنتهي رحلتهم بمأساة على غرار حادثة غرق مركب مهاجرين قبالة جزيرة قرقنة (شرق) مطلع حزيران/يونيو الفائت عندما لقي 87 شخصا حتفهم غرقا غالبيتهم من التونسيين.',
      place="قبالة جزيرة قرقنة", time="مطلع حزيران/يونيو الفائت",
      note="drowned in a shipwreck, outlet's voice; typed attack as casualties (statement defensible: no violence)"),
    C("detention", "asserted", N(2659, "people", "2659 مهاجرا"),
      SK3407_P8, src=[TN_GUARD, JABABLI], verb="وفقا", place="البحر", time="حتى حزيران/يونيو الفائت",
      note="cumulative migrants stopped; «مهاجر» → people"),
    C("detention", "asserted", N(564, "people", "564 شخصا"),
      SK3407_P8, src=[TN_GUARD, JABABLI], verb="وفقا", time="في نفس الفترة من العام 2017",
      note="comparison figure for 2017"),
    C("detention", "asserted", N(2, "people", "شخصين"),
      'كما أعلنت وزارة الداخلية توقيف شخصين في محافظة سوسة (وسط) "عمرهما 19 و21 عاما متبنّيان للفكر الداعشي حيث أثبتت المعاينة الفنية لأجهزتهما الإلكترونية تواصلهما مع عناصر إرهابية بسوريا وليبيا كانت تقدّم لهما دروسا في صنع المتفجرات وطرق استعمال السكّين خلال عمليّات الطّعن".',
      src=[TN_MOI], verb="أعلنت", place="محافظة سوسة",
      note="dual = 2; «19 و21 عاما» are ages"),
    C("threat", "asserted", N(2, "people", "الشابين"),
      'وأكد الجبابلي في هذا السياق أن الشابين كانا يخططان للقيام بهجوم في تونس.',
      src=[TN_GUARD, JABABLI], verb="أكد", place="تونس",
      note="the same two young men planned an attack: a different event (plot) from the arrest → own claim (doubtful: could be seen as a repeat of the pair)"),
], note="Salvini's earlier «بالمنحرفين» remark has no figure; «العام 2017» is a year"),
]

"""Fifth claim set, part b (see ann_devset5.py)."""
from dsl import *

AFP = AG("فرانس برس")
REUTERS = AG("رويترز")
EG_ARMY = OF("القوات المسلحة المصرية")
EG_SPOKESMAN = AN("المتحدث العسكري باسم القوات المسلحة المصرية")
HAMAS = OR("حركة حماس")
BARDAWIL = PE("صلاح البردويل", "عضو حركة حماس")
IDF = OF("الجيش الإسرائيلي")
CONRICUS = PE("جوناثان كونريكوس", "المتحدث باسم الجيش الإسرائيلي")
QANOUA = PE("عبداللطيف القانوع", "المتحدث باسم حماس")
SY_ARMY = OF("القيادة العامة للجيش السوري")
RU_MOD = OF("وزارة الدفاع الروسية")
LIEBERMAN = PE("أفيغدور ليبرمان", "وزير الدفاع الإسرائيلي")
TR_ARMY = OF("الجيش التركي")
KURD_RC = OR("الهلال الأحمر الكردي")
BARI = PE("شيروان بري", "أحد رؤساء الهلال الأحمر الكردي")
OHCHR = OR("مفوض الأمم المتحدة لحقوق الإنسان")
SHAMDASANI = PE("رافينا شمسداني", "الناطقة باسم مفوض الأمم المتحدة لحقوق الإنسان")
MIL_SOURCES = AN("مصادر عسكرية")
YE_OFFICER = AN("ضابط يمني ميداني")
MASIRAH = OU("قناة المسيرة")
SD_ARMY = OF("الجيش السوداني")
YE_OFFICIALS = AN("مسؤولون عسكريون يمنيون")
EG_ARMY_F = OF("الجيش المصري")
SO_MAJOR = PE("حسين علي", "الرائد، الضابط بالجيش الصومالي")
SHABAB = OR("حركة الشباب")
ABU_MUSAB = PE("عبد العزيز أبو مصعب", "المتحدث باسم العمليات العسكرية للشباب")
RESIDENT = PE("عبد الله اسماعيل", "من سكان المنطقة التي وقع فيها الهجوم")
UN = OR("الأمم المتحدة")
UNAMID = OR("بعثة حفظ السلام المشتركة من الأمم المتحدة والاتحاد الأفريقي")
LACROIX = PE("جان بيير لاكروا", "وكيل الأمين العام للأمم المتحدة لعمليات السلام")
FIELD_SOURCES = AN("مصادر عسكرية ميدانية")
LOCAL_SOURCES = AN("مصادر محلية")
JUDICIAL = AN("مصدر قضائي")
KRG = OF("سلطات إقليم كردستان العراق")
RESEARCHERS = AN("عدد من الباحثين")

# ------------------------------------------------------------------ shared evidence
CN244_P1 = 'القاهرة، مصر (CNN)— أعلن المتحدث العسكري باسم القوات المسلحة المصرية، الأحد، عن اعتقال ثلاثة قيادات تكفيرية على حد تعبيره، وذلك في العمليات التي يخوضها الجيش المصري في شبه جزيرة سيناء.'
CN244_P2 = 'وأضاف المتحدث العسكري المصري في البيان الذي حمل رقم 15، أن العمليات أدت إلى "استهداف وتدمير 9 اهداف و3 سيارات دفع رباعي مفخخة، والقبض على 3 من القيادات التكفيرية بعدد من المناطق الجبلية بوسط سيناء، والقضاء على 12 عنصرا تكفيرا مسلحا خلال تبادل إطلاق النياران عثر بحوزتهم على اسلحة."'
CN244_P3 = 'وأضاف المتحدث أنه الجس تمكن أيضا من "اكتشاف وتدمير عدد من الخنادق المجهزة هندسيا اكتشاف مخزن تحت الارض برفح عثر بداخله على 34 صاروخ و4 دانات أر بى جى، وضبط وتدمير مخزن ومعمل لتصنيع العبوات الناسفة بمدينة الشيخ زويد، واكتشاف وتدمير فتحة نفق داخل أحد المنازل بالمنطقة الحدودية، وضبط وتدمير والتحفظ على 6 سيارات أنواع و32 دراجة نارية."'

CN953_P1 = 'قال صلاح البردويل، عضو حركة حماس، إن 50 شخصا ممن قتلوا على يد الجيش الإسرائيلي الاثنين في غزة هم من أعضاء حركة حماس.'
CN953_P3 = 'وقال البردويل: "في هذه المظاهرات، نحو 62 شخصا استشهدوا، 50 منهم ينتمون لحماس، بينما الاثنا عشر الباقون هم من أفراد الشعب الفلسطيني... وهذه الأرقام رسمية."'
CN953_P5 = 'وقال المتحدث باسم الجيش الإسرائيلي جوناثان كونريكوس في تغريدة استخدم فيها مقطعا من المقابلة إن "مسؤولا رفيعا من حماس يعترف بشكل مباشر بهوية المشاركين في أعمال الشغب... 50 من أصل 62 هم من حماس .. إذا تلك لم تكن مظاهرات سلمية."'

CN873_P1 = 'أعلنت القيادة العامة للجيش السوري، الخميس، أن منظومات الدفاع الجوي السوري دمرت وتصدت لقسم كبير من صواريخ الجيش الإسرائيلي التي استهدفت، فجر الخميس، عددا من المواقع العسكرية، لكنه أقر في الوقت نفسه بسقوط قتلى ووجود خسائر مادية.'
CN873_P2 = 'وكان وزير الدفاع الإسرائيلي أفيغدور ليبرمان أعلن أن الضربة التي شنها الجيش الإسرائيلي استهدفت كل البنية التحتية العسكرية الإيرانية في سوريا، متهما إيران بإطلاق صواريخ على هضبة الجولان، فيما ذكرت وزارة الدفاع الروسية أن المقاتلات الإسرائيلية أطلقت 60 صاروخا على سوريا خلال ساعتين.'
CN873_P4 = 'وتابعت بالقول إن "وصول القسم المتبقي من الصواريخ تسبب بارتقاء 3 شهداء وإصابة اثنين آخرين بجراح إضافة إلى تدمير محطة رادار ومستودع ذخيرة وإصابة عدد من كتائب الدفاع الجوي بأضرار مادية"، مؤكدة على "جهوزية الجيش للتصدي لأي عدوان بكل مسؤولية وحزم".'

FR104_L1 = 'أفاد المرصد السوري لحقوق الإنسان الجمعة، أن 43 مدنيا قتلوا في قصف مدفعي تركي استهدف مجموعة من النازحين ومشفى مدينة عفرين.'
FR104_L2 = 'وبات الجيش التركي وفصائل سورية موالية له يسيطرون على نحو 80% من عفرين الواقعة شمال سوريا، فيما تتواصل عمليات نزوح آلاف المدنيين والتي تجاوزت 150ألف مدني في اليومين الأخيرين.'
FR104_P3 = 'وأضاف المرصد أن قصف مدفعي للقوات التركي تسبب الجمعة في مقتل 43 مدنيا بينهم سبعة أطفال، أثناء محاولتهم النزوح، فيما تدور معارك على الحدود الشمالية لمدينة عفرين.'
FR104_P5 = 'وقال مدير المرصد رامي عبد الرحمن "استهدفت غارة تركية بشكل مباشر المشفى الوحيد في مدينة عفرين" مضيفا أن "16 مدنيا قتلوا في الغارة بينهم امرأتان حبليان".'
FR104_H3 = 'القوات التركية باتت تسيطر على أكثر من 80% من عفرين زنزوح آلاف المدنيين'

FR159_OFFICER1 = 'وأفاد ضابط يمني ميداني أن الحوثيين "استدرجوا القوات السودانية وسمحوا لها بالتقدم إلى أماكن كانوا يتحصنون فيها بعناية (...) ما جعلها في مرمى نيرانهم".'
FR159_OFFICER2 = 'وقال ضابط يمني ميداني إن الحوثيين "استدرجوا القوات السودانية وسمحوا لها بالتقدم إلى أماكن كانوا يتحصنون فيها بعناية (...) ما جعلها في مرمى نيرانهم".'

FR234_L2 = 'وأعلن الجيش مقتل 8 جنود و14 جهاديا إثر هجوم استهدف صباحا معسكرا للقوات المسلحة في سيناء.'
FR234_P7 = 'في سياق آخر، أعلن الجيش المصري أن متطرفين يرتدون أحزمة ناسفة حاولوا اقتحام معسكر للجيش في شبه جزيرة سيناء فجر السبت في هجوم أوقع ثمانية قتلى بين الجنود، وأيضا جميع المهاجمين البالغ عددهم14  جهاديا.'
FR234_P8 = 'وفجر المسلحون أنفسهم خارج المعسكر بعدما منعتهم قوات الأمن من دخوله، وفق بيان الجيش جاء فيه أيضا أن "تمكنت القوات المسلحة اليوم من إحباط عملية إرهابية كبرى قتل على إثرها جميع العناصر الإرهابية وعددهم 14 فردا فيما لقي ثمانية من عناصر القوات المسلحة حتفهم وأصيب 15 بجروح.'
FR234_P9 = 'وبحسب إحصائيات الجيش فقد قتل أكثر من مئة عنصر متشدد و22 جنديا على الأقل في عملية واسعة النطاق انطلقت في التاسع من شباط/فبراير.'

SK2274_P1 = 'أصيب سبعة جنود صوماليين في تفجير انتحاري لسيارة ملغومة عند قاعدة عسكرية في الصومال في ساعة متأخرة من مساء السبت وأعلنت حركة الشباب الإرهابية مسؤوليتها عن الهجوم.'

SK2549_LACROIX = 'وقال وكيل الأمين العام للأمم المتحدة لعمليات السلام جان بيير لاكروا في وقت سابق من يونيو الحالي إن الخطة الأخيرة تلحظ خفض عديد العناصر من 8735 إلى 4050 بحلول يونيو 2019 وقوات الشرطة من 2500 حاليا إلى 1،870 عنصرا.'
SK2549_TOLL = 'ووفقا للأمم المتحدة، أوقع النزاع في دارفور حوالى 300 ألف قتيل وأدى إلى نزوح نحو 2,5 مليون شخص.'

SK3518_P5 = 'وفي تطور آخر، قتل مدني وأصيب ثلاثة آخرون على الأقل من جراء سقوط قذيفة أطلقها مسلحو الحوثي على منطقة سكنية في محافظة الحديدة.'
SK3518_P6 = 'وقالت مصادر محلية إن قذيفة هاون أطلقتها ميليشيات الحوثي الإيرانية قد أصابت منزلا في منطقة الجاح بمديرية بيت الفقيه في الحديدة، مما أسفر عن مقتل امرأة وإصابة زوجها وطفلتيهما.'

ARTICLES = [
# ---------------------------------------------------------------- CNN
# cnn:244 — Sinai: Egyptian military spokesman's statement no. 15 (3 takfiri leaders arrested, 12 killed, car bombs, weapons)
A("cnn", 244, [
    C("detention", "asserted", N(3, "fighters", "ثلاثة قيادات تكفيرية"),
      CN244_P1, src=[EG_ARMY, EG_SPOKESMAN], verb="أعلن", place="شبه جزيرة سيناء", time="الأحد",
      also=[CN244_P2],
      note="«قيادات تكفيرية» (militant leaders) → fighters like «قياديان»; restated as «3 من القيادات التكفيرية» in the statement (same source, same value) → also; unnamed spokesman of an institution → official + anonymous"),
    C("attack", "asserted", N(3, "vehicles", "3 سيارات دفع رباعي مفخخة"),
      CN244_P2, src=[EG_ARMY, EG_SPOKESMAN], verb="أضاف", place="سيناء",
      note="car bombs destroyed → attack, vehicles; «9 اهداف» are targets (places/positions), not annotated; «البيان الذي حمل رقم 15» is a name"),
    C("attack", "asserted", N(12, "fighters", "12 عنصرا تكفيرا مسلحا"),
      CN244_P2, src=[EG_ARMY, EG_SPOKESMAN], verb="أضاف", place="سيناء",
      note="«القضاء على» = killed"),
    C("statement", "asserted", N(34, "other", "34 صاروخ"),
      CN244_P3, src=[EG_ARMY, EG_SPOKESMAN], verb="أضاف", place="رفح",
      note="weapons found in a depot (not handed over) → statement, unit other (as aawsat-1851 in devset4)"),
    C("statement", "asserted", N(4, "other", "4 دانات أر بى جى"),
      CN244_P3, src=[EG_ARMY, EG_SPOKESMAN], verb="أضاف", place="رفح",
      note="RPG rounds found; same reading as the rockets"),
    C("attack", "asserted", N(6, "vehicles", "6 سيارات أنواع"),
      CN244_P3, src=[EG_ARMY, EG_SPOKESMAN], verb="أضاف",
      note="«ضبط وتدمير والتحفظ على» (seized, destroyed, impounded): typed attack for the destruction; statement (seizure) is defensible"),
    C("attack", "asserted", N(32, "vehicles", "32 دراجة نارية"),
      CN244_P3, src=[EG_ARMY, EG_SPOKESMAN], verb="أضاف",
      note="motorcycles → vehicles; same doubtful type as the 6 cars"),
], note="the title's «مقتل عسكريين وإصابة 6 آخرين» is not in the text; «عدد من المناطق الجبلية», «عدد من الخنادق», «فتحة نفق» count places/structures, not annotated; «الجس» is a typo for «الجيش»"),

# cnn:953 — Gaza: Hamas member al-Bardawil says 50 of the ~62 killed were Hamas members; IDF spokesman's tweet; Qanoua neither confirms nor denies
A("cnn", 953, [
    C("attack", "asserted", N(50, "people", "50 شخصا"),
      CN953_P1, src=[HAMAS, BARDAWIL], verb="قال", agent="الجيش الإسرائيلي", place="غزة", time="الاثنين",
      also=[CN953_P3],
      note="the dead who were Hamas members (subset of the ~62); restated in his quote «50 منهم» → also; «أعضاء» is not «عناصر» → people; said in a TV interview (channel not named)"),
    C("attack", "asserted", N(62, "people", "نحو 62 شخصا", approx=True),
      CN953_P3, src=[HAMAS, BARDAWIL], verb="قال", place="غزة",
      note="total killed in the protests; «استشهدوا»"),
    C("attack", "asserted", N(12, "people", "الاثنا عشر الباقون"),
      CN953_P3, src=[HAMAS, BARDAWIL], verb="قال", place="غزة",
      note="subset: the remaining twelve, «من أفراد الشعب الفلسطيني» (not «مدنيين») → people"),
    C("attack", "asserted", N(50, "people", "50 من أصل 62"),
      CN953_P5, src=[IDF, CONRICUS, HAMAS, BARDAWIL], verb="قال",
      note="tweet relaying al-Bardawil's figures (the tweet says «مسؤولا رفيعا من حماس»; the text makes clear it is al-Bardawil) → chain ends at him; different outer source → own claim"),
    C("attack", "asserted", N(62, "people", "62"),
      CN953_P5, src=[IDF, CONRICUS, HAMAS, BARDAWIL], verb="قال",
      note="total, relayed in the tweet; exact here («نحو» in the original quote)"),
    C("attack", "hedged", None,
      'من جهة أخرى، لم يؤكد عبداللطيف القانوع، المتحدث باسم حماس، في حوار مع CNN، أو ينفي هذه الأرقام، وقال: "ليست لدينا الأرقام الرسمية، ولكن جميع الفصائل الفلسطينية شاركت في المظاهرات."',
      src=[HAMAS, QANOUA], verb="قال",
      note="neither confirms nor denies the figures («ليست لدينا الأرقام الرسمية»): count-less; hedged is the closest modality (doubtful — no SPEC word)"),
], note="the activist Ahmad Abu Artema says the remarks were «taken out of context» and «حتى وإن كانت هذه الأرقام صحيحة»: a comment on the statement, not a figure or a denial, not annotated; «الاثنين» is a day"),

# cnn:873 — Syria: army command says air defences downed most Israeli missiles, 3 killed 2 wounded; Russian MoD: 60 missiles
A("cnn", 873, [
    C("attack", "asserted", None,
      CN873_P1, src=[SY_ARMY], verb="أعلنت", agent="الجيش الإسرائيلي", time="فجر الخميس",
      also=['وأضافت: "بكفاءة نوعية وجهوزية عالية، تمكنت منظومات دفاعنا الجوي من التصدي وتدمير قسم كبير من موجات الصواريخ الإسرائيلية المتتالية فجر اليوم والتي كانت تستهدف عددا من مواقعنا العسكرية على أكثر من اتجاه".'],
      note="Israeli missile strike and its interception; «قسم كبير» is not a count; «عددا من المواقع العسكرية» counts places; «بسقوط قتلى» (plural, no figure) is given below as 3"),
    C("attack", "asserted", None,
      CN873_P2, src=[LIEBERMAN], verb="أعلن", agent="الجيش الإسرائيلي", place="سوريا",
      note="the strike on «كل البنية التحتية العسكرية الإيرانية في سوريا»; no figure"),
    C("attack", "asserted", None,
      CN873_P2, src=[LIEBERMAN], verb="متهما", agent="إيران", place="هضبة الجولان",
      note="accusation that Iran fired rockets at the Golan; no figure"),
    C("attack", "asserted", N(60, "other", "60 صاروخا"),
      CN873_P2, src=[RU_MOD], verb="ذكرت", agent="المقاتلات الإسرائيلية", place="سوريا",
      note="missiles → unit other; «خلال ساعتين» is a duration"),
    C("attack", "asserted", N(3, "people", "3 شهداء"),
      CN873_P4, src=[SY_ARMY], verb="تابعت", agent="الجيش الإسرائيلي",
      note="killed; presumably soldiers but the text does not say جنود → people"),
    C("attack", "asserted", N(2, "people", "اثنين آخرين"),
      CN873_P4, src=[SY_ARMY], verb="تابعت", agent="الجيش الإسرائيلي",
      note="wounded"),
], note="«عدد من كتائب الدفاع الجوي» (air-defence battalions damaged) counts military units, not annotated (attack/other would be defensible); «محطة رادار ومستودع ذخيرة» singular"),

# ---------------------------------------------------------------- France 24
# france24:104 — Afrin: SOHR 43 civilians killed by Turkish shelling, 16 at the hospital; >150,000 displaced; Turkish army denies
A("france24", 104, [
    C("attack", "asserted", N(43, "civilians", "43 مدنيا"),
      FR104_L1, src=[SOHR], verb="أفاد", agent="الجيش التركي", place="مدينة عفرين", time="الجمعة",
      also=['قتل 43 مدنيا في قصف للجيش التركي لمدينة عفرين ذات الغالبية الكردية شمال غرب سوري التي باتت مطوقة من الجنود الاتراك، ما تسبب بنزوح كثيف، بحسب ما أفاد المرصد السوري لحقوق الإنسان الجمعة.',
            FR104_P3],
      note="restated twice by SOHR in the body (same figure) → also"),
    C("attack", "asserted", N(7, "civilians", "سبعة أطفال"),
      FR104_P3, src=[SOHR], verb="أضاف", agent="القوات التركية", place="مدينة عفرين", time="الجمعة",
      note="subset of the 43 civilians"),
    C("attack", "asserted", N(16, "civilians", "16 مدنيا"),
      'وبين قتلى الجمعة 16 مدنيا جراء غارة تركية استهدفت المستشفى الرئيسي في مدينة عفرين ذات الغالبية الكردية في شمال سوريا، وفق ما أفاد المرصد.',
      src=[SOHR], verb="وفق", place="المستشفى الرئيسي في مدينة عفرين", time="الجمعة",
      note="subset of the day's dead (hospital strike)"),
    C("attack", "asserted", N(16, "civilians", "16 مدنيا"),
      FR104_P5, src=[SOHR, RAMI], verb="قال", place="المشفى الوحيد في مدينة عفرين",
      note="Rami Abdel Rahman by name → own claim beside SOHR's"),
    C("attack", "asserted", N(2, "civilians", "امرأتان حبليان"),
      FR104_P5, src=[SOHR, RAMI], verb="مضيفا", place="المشفى الوحيد في مدينة عفرين",
      note="subset, dual = 2; list headed by «مدنيا» → civilians"),
    C("attack", "asserted", None,
      'وقال شيروان بري، أحد رؤساء الهلال الأحمر الكردي ومقره القامشلي في شمال شرق سوريا "تعرضت المدينة لقصف كثيف خلال النهار واقترب القصف من المستشفى، لكن المستشفى استهدف مباشرة هذا المساء".',
      src=[KURD_RC, BARI], verb="قال", place="المستشفى", time="هذا المساء",
      note="hospital hit directly; no figure"),
    C("attack", "denied", None,
      'لكن جيش تركيا نفى في تغريدة هذه المعلومات وقال إن عملياته في سوريا تتم "بشكل لا يؤدي إلى إصابة المدنيين والأبرياء".',
      src=[TR_ARMY], verb="نفى",
      also=['الجيش التركي ينفي استهداف قواته لمشفي عفرين'],
      note="denies the hospital strike (tweet); the subheading says the same"),
    C("evacuation", "asserted", V("alaf", "civilians", "آلاف المدنيين"),
      FR104_L2, place="عفرين",
      also=[FR104_H3],
      note="outlet's voice; vague figure in the same clause as «تجاوزت 150ألف مدني» — one count phrase = one claim; repeated in a subheading"),
    C("evacuation", "asserted", R(150001, None, "civilians", "تجاوزت 150ألف مدني"),
      FR104_L2, place="عفرين", time="في اليومين الأخيرين",
      note="outlet's voice (lede); «تجاوزت N» read like «أكثر من N» (as devset2 BB-312 «تجاوز»); «150ألف» without a space; SOHR's «أكثر من 150 ألف مدني» below is the same figure but the lede sentence names no source → own claim"),
    C("evacuation", "asserted", R(150001, None, "civilians", "أكثر من 150 ألف مدني"),
      'وقدر المرصد السوري لحقوق الإنسان السبت، أن أكثر من 150 ألف مدني نزحوا من مدينة عفرين منذ مساء الأربعاء وحتى منتصف ليل الجمعة، هربا من القصف المدفعي التركي الكثيف.',
      src=[SOHR], verb="قدر", place="مدينة عفرين", time="منذ مساء الأربعاء وحتى منتصف ليل الجمعة",
      also=['نزوح أكثر من 150 ألف مدني منذ الأربعاء'],
      note="«قدر» is an estimate verb but «يقدر بـ» is not in the count phrase → approx false; the subheading restates it → also"),
    C("statement", "asserted", R(200000, 999999, "civilians", "مئات آلاف المدنيين"),
      'وقالت الناطقة باسم مفوض الأمم المتحدة لحقوق الإنسان رافينا شمسداني في جنيف إن "مئات آلاف المدنيين معرضون للخطر" في عفرين التي يربطها منفذ وحيد بمناطق سيطرة قوات النظام، بات منذ الاثنين بمرمى النيران التركية.',
      src=[OHCHR, SHAMDASANI], verb="قالت", place="عفرين",
      note="civilians at risk → statement (presence defensible); «مئات آلاف» = 200,000–999,999 (checker's vague table)"),
    C("control", "asserted", None,
      'وبدأت تركيا في 20 كانون الثاني/يناير بدعم من فصائل سورية موالية تدخلها العسكري في عفرين بداعي استهداف "وحدات حماية الشعب" الكردية التي تعتبرها أنقرة "إرهابية"، وباتت تسيطر على أكثر من ثمانين بالمئة من مساحتها بحسب المرصد.',
      src=[SOHR], verb="بحسب", agent="تركيا", place="عفرين",
      also=[FR104_L2, FR104_H3],
      note="percentage, no count; the lede («نحو 80%», outlet's voice) and the subheading restate it → also"),
], note="«نحو ستين قرية» counts villages (places), not annotated; «20 كانون الثاني/يناير» is a date; «80%»/«ثمانين بالمئة» are percentages; trailer «فرانس 24/ أ ف ب» (AFP copy) not added to the chains"),

# france24:159 — Yemen: military sources say dozens of Sudanese soldiers killed in a Houthi ambush near Midi
A("france24", 159, [
    C("attack", "asserted", V("ashrat", "fighters", "عشرات الجنود السودانيين"),
      'قالت مصادر عسكرية السبت، إن عشرات الجنود السودانيين قتلوا في كمين نصبه الحوثيون بالقرب من مدينة ميدي اليمنية ليل الخميس إلى الجمعة.',
      src=[MIL_SOURCES], verb="قالت", agent="الحوثيون", place="بالقرب من مدينة ميدي", time="ليل الخميس إلى الجمعة",
      also=['أفادت مصادر عسكرية السبت بمقتل عشرات  الجنود السودانيين ليل الخميس الجمعة في كمين للمتمردين الحوثيين قرب مدينة ميدي في اليمن.',
            'وقالت المصادر العسكرية إن الجنود قتلوا في عمليات "قنص المتمردين الحوثيين لهم وباستخدام عبوات ناسفة أيضا" في منطقة المزارع والمخازن قرب ميدي في محافظة حجة.'],
      note="lede restated in the body (double space before «الجنود»); the manner-of-death sentence by the same sources has no figure → also"),
    C("attack", "asserted", None,
      FR159_OFFICER1, src=[YE_OFFICER], verb="أفاد", agent="الحوثيين",
      also=[FR159_OFFICER2],
      note="how the ambush worked; no figure; quote repeated in the body"),
    C("attack", "asserted", None,
      'من جهتها، بثت قناة "المسيرة" لقطات قالت إنها "انكسار زحف القوات السودانية في صحراء ميدي" وما وصفته بأنه "جانب من قتلى الجيش السوداني والدبابات التي دمرها وأعطبها أبطال الجيش واللجان الشعبية".',
      src=[MASIRAH], verb="قالت", place="صحراء ميدي",
      note="Houthi channel's footage of dead soldiers and destroyed tanks; plurals, no figure"),
    C("presence", "asserted", V("miat", "fighters", "مئات الجنود السودانيين"),
      'وينتشر مئات الجنود السودانيين في اليمن ضمن التحالف التحالف العربي الذي بدا تدخله بقيادة السعودية في اذار/مارس 2015 دعما للرئيس عبد ربه منصور هادي بمواجهة الحوثيين الذين يسيطرون على مناطق واسعة في هذا البلد الفقير.',
      place="اليمن", note="background, outlet's voice"),
    C("attack", "asserted", N(5, "fighters", "خمسة جنود"),
      'وفي نيسان/أبريل 2017 ، أعلن مقتل خمسة جنود وفي كانون الثاني/يناير 2016 عن مقتل جندي.',
      src=[SD_ARMY], verb="أعلن", time="في نيسان/أبريل 2017",
      note="subject of «أعلن» is the Sudanese army of the previous sentence (carried over); «مقتل جندي» (Jan 2016) is singular"),
    C("transfer", "asserted", V("miat", "fighters", "مئات من الجنود السعوديين والسودانيين"),
      'وأكد المسؤولون وصول مئات من الجنود السعوديين والسودانيين إلى عدة خطوط أمامية في منطقة صعدة لدعم الجنود الحكوميين.',
      src=[YE_OFFICIALS], verb="أكد", place="منطقة صعدة",
      note="reinforcements arriving → transfer; «المسؤولون» = the Yemeni military officials of the previous paragraph; «عدة خطوط أمامية» counts places"),
    C("control", "asserted", None,
      'وتمكنت قوات التحالف من التقدم مسافة عدة كيلومترات، وفقا لمسؤولين يمنيين.',
      src=[AN("مسؤولين يمنيين")], verb="وفقا", agent="قوات التحالف",
      note="advance; «عدة كيلومترات» is a distance"),
], note="«الخسارة الأكبر من نوعها منذ العام 2015» holds no count; the officials' «نقل المعارك إلى صعدة» is count-less and not annotated; «2015», «2016», «2017» are years; no Sudanese comment («لم يتسن»)"),

# france24:234 — Egypt: army says 8 soldiers and 14 jihadists killed in a Sinai camp attack; emergency extended; Badie sentence upheld
A("france24", 234, [
    C("attack", "asserted", N(8, "fighters", "8 جنود"),
      FR234_L2, src=[EG_ARMY_F], verb="أعلن", place="سيناء", time="صباحا",
      also=[FR234_P7, FR234_P8],
      note="restated by the army as «ثمانية قتلى بين الجنود» and in its statement «ثمانية من عناصر القوات المسلحة» (same value, words vs digits) → also"),
    C("attack", "asserted", N(14, "fighters", "14 جهاديا"),
      FR234_L2, src=[EG_ARMY_F], verb="أعلن", place="سيناء", time="صباحا",
      also=[FR234_P7, FR234_P8],
      note="the attackers, all killed; restated as «عددهم14  جهاديا» and «عددهم 14 فردا» → also"),
    C("attack", "asserted", N(15, "fighters", "15"),
      FR234_P8, src=[EG_ARMY_F], verb="جاء", place="معسكر للجيش في شبه جزيرة سيناء", time="اليوم",
      note="wounded; bare number, members of the armed forces by context → fighters (doubtful: people)"),
    C("attack", "asserted", N(2, "other", "تفجيرين"),
      'وهو التمديد الرابع لهذا الإجراء الاستثنائي الذي فرض على البلاد إثر تفجيرين أسفرا عن مقتل 45 شخصا في كنيستين قبطيتين في طنطا والإسكندرية (شمال)، وأعلن تنظيم "الدولة الإسلامية" مسؤوليته عنهما.',
      agent="تنظيم الدولة الإسلامية", place="طنطا والإسكندرية", time="نيسان/أبريل 2017",
      also=['مدد السيسي لثلاثة أشهر إضافية حالة الطوارئ في أنحاء مصر والتي فرضت بعد هجومين استهدفا كنيستين في نيسان/أبريل 2017، حسبما نشر السبت في الجريدة الرسمية.',
            'قرر الرئيس المصري عبد الفتاح السيسي تمديد حالة الطوارىء في البلاد والتي كانت أعلنت بعد اعتداءين ضد كنيستين في نيسان/أبريل 2017، لمدة ثلاثة أشهر أخرى، حسبما ورد في مرسوم نشر اليوم السبت في الجريدة الرسمية.'],
      note="background, outlet's voice; bombings counted like strikes (unit other), dual = 2; «هجومين» and «اعتداءين» in the lede and body are the same two attacks → also; «كنيستين» counts places"),
    C("attack", "asserted", N(45, "people", "45 شخصا"),
      'وهو التمديد الرابع لهذا الإجراء الاستثنائي الذي فرض على البلاد إثر تفجيرين أسفرا عن مقتل 45 شخصا في كنيستين قبطيتين في طنطا والإسكندرية (شمال)، وأعلن تنظيم "الدولة الإسلامية" مسؤوليته عنهما.',
      agent="تنظيم الدولة الإسلامية", place="كنيستين قبطيتين في طنطا والإسكندرية", time="نيسان/أبريل 2017",
      note="background, outlet's voice; IS's claim of responsibility carries no figure"),
    C("attack", "asserted", V("miat", "fighters", "مئات القتلى"),
      'وفرضت السلطات المصرية حالة الطوارئ لأول مرة في تشرين الأول/أكتوبر 2014، لكنها اقتصرت في البداية على محافظة شمال سيناء حيث يشن التنظيم المتطرف هجمات أوقعت مئات القتلى في صفوف الجيش والشرطة، منذ إطاحة الجيش بالرئيس الإسلامي محمد مرسي في تموز/يوليو 2013.',
      agent="التنظيم المتطرف", place="محافظة شمال سيناء", time="منذ إطاحة الجيش بالرئيس الإسلامي محمد مرسي في تموز/يوليو 2013",
      note="cumulative, outlet's voice; dead «في صفوف الجيش والشرطة» → fighters (people would follow the letter of the unit rule)"),
    C("statement", "asserted", N(2, "people", "اثنين آخرين من قيادات الجماعة"),
      'وأيدت محكمة النقض المصرية السبت حكما بالسجن المؤبد على المرشد العام لجماعة الإخوان المسلمين محمد بديع واثنين آخرين من قيادات الجماعة المحظورة حاليا، في قضية متعلقة بإدارة اعتصام للإسلامين في 2013، حسبما أفاد محاميه.',
      src=[AN("محامي محمد بديع")], verb="أفاد", time="السبت",
      note="life sentences upheld → statement (no SPEC type for sentences; detention defensible); Brotherhood leaders are not fighters → people"),
    C("statement", "asserted", N(2, "people", "اثنين من قيادات الجماعة"),
      'وكانت محكمة جنايات الجيزة قد قضت في أيار/مايو الماضي بالسجن المؤبد بحق بديع واثنين من قيادات الجماعة في إعادة محاكمة بعد حكم أول بحقه بالإعدام، وهو الحكم الذي طعن فيه المتهمون.',
      time="في أيار/مايو الماضي",
      note="the earlier ruling on the same two (background, outlet's voice) → own claim; «قد قضت» is emphatic"),
    C("attack", "asserted", R(101, None, "fighters", "أكثر من مئة عنصر متشدد"),
      FR234_P9, src=[EG_ARMY_F], verb="بحسب", place="سيناء", time="في التاسع من شباط/فبراير",
      note="cumulative (army statistics since the 9 February operation began)"),
    C("attack", "asserted", R(22, None, "fighters", "22 جنديا على الأقل"),
      FR234_P9, src=[EG_ARMY_F], verb="بحسب", place="سيناء", time="في التاسع من شباط/فبراير",
      note="cumulative"),
], note="«لثلاثة أشهر»/«ثلاثة أشهر» are durations; «التمديد الرابع» an ordinal; «2013», «2014», «2017» years; the suicide bombers «فجر المسلحون أنفسهم» are the 14"),

# ---------------------------------------------------------------- Sky News Arabia
# skynewsarabia:2274 — Somalia: car bomb at a base near Kismayo; army officer: only 7 wounded; al-Shabab: 40 killed; resident saw 5 victims
A("skynewsarabia", 2274, [
    C("attack", "asserted", N(7, "fighters", "سبعة جنود صوماليين"),
      'وقال علي" أطلقنا النار على السيارة الملغومة التي كان يقودها انتحاري قبل دخولها القاعدة. انفجرت خارج القاعدة. لم يصب سوى سبعة جنود صوماليين".',
      src=[REUTERS, SO_MAJOR], verb="قال", place="قاعدة عسكرية تقع خارج بلدة كيسمايو", time="في ساعة متأخرة من مساء السبت",
      also=[SK2274_P1,
            'وقال الرائد حسين علي الضابط بالجيش الصومالي لرويترز إن الهجوم وقع عند قاعدة عسكرية تقع خارج بلدة كيسمايو مباشرة في جنوب الصومال.'],
      note="wounded; the lede (outlet's voice) gives the same figure, its source made unmistakable by this quote → also (doubtful: an outlet-only claim would be defensible); «لم يصب سوى» contradicts al-Shabab's 40 dead but the text calls neither wrong → asserted"),
    C("attack", "asserted", N(40, "fighters", "40 جنديا صوماليا"),
      'وأعلنت حركة الشباب مسؤوليتها عن هجوم يوم السبت وقالت إنها قتلت 40 جنديا صوماليا.',
      src=[SHABAB], verb="قالت", agent="حركة الشباب", place="القاعدة", time="يوم السبت"),
    C("attack", "asserted", N(40, "fighters", "40 جنديا صوماليا"),
      'وقال عبد العزيز أبو مصعب المتحدث باسم العمليات العسكرية للشباب لرويترز "قتلنا 40 جنديا صوماليا في القاعدة".',
      src=[REUTERS, SHABAB, ABU_MUSAB], verb="قال", agent="حركة الشباب", place="القاعدة",
      note="named spokesman to Reuters → own claim beside the group's statement (as SOHR vs Rami Abdel Rahman); merging the two would be defensible"),
    C("attack", "asserted", N(5, "people", "خمسة من الضحايا"),
      'وقال عبد الله اسماعيل وهو من سكان المنطقة التي وقع فيها الهجوم لرويترز إنه شاهد خمسة من الضحايا يجري نقلهم إلى مستشفى محلي.',
      src=[REUTERS, RESIDENT], verb="قال",
      note="victims (dead or wounded not said) carried to hospital; eyewitness"),
], note="«قُتل فيها جندي أميركي» (Friday's attack) is singular, not annotated"),

# skynewsarabia:2549 — Darfur: UN says fighting displaced hundreds, government blocks peacekeepers; UNAMID troop cuts; war toll
A("skynewsarabia", 2549, [
    C("evacuation", "asserted", V("miat", "civilians", "مئات المدنيين"),
      'أعلنت الأمم المتحدة الخميس، أن القوات السودانية تمنع قوات حفظ السلام من دخول مناطق في غرب دارفور حيث أدت معارك جديدة إلى نزوح مئات المدنيين، في وقت تواصل المنظمة الدولية خطتها لتقليص أعداد عناصرها في المنطقة التي تمزقها الحرب.',
      src=[UN], verb="أعلنت", place="غرب دارفور", time="الخميس",
      also=['ونزح مئات المدنيين مؤخرا من منطقة جبل مرة الجبلية حيث يستمر القتال بين القوات الحكومية والجماعات المتمردة رغم وقف إطلاق نار أحادي أعلنته الخرطوم في مارس يشمل دارفور فضلا عن ولاية النيل الأزرق (جنوب شرق) وجنوب كردفان (جنوب).'],
      note="the body sentence (after «وبحسب البعثة») restates the UN figure for Jebel Marra → also"),
    C("statement", "asserted", None,
      'وبحسب البعثة، فإن محاولاتها التوجه إلى الميدان للاستفسار عن الوضع "تتم عرقلتها، وقوات الحكومة تمنع الموظفين من الوصول إلى مناطق النزاع".',
      src=[UNAMID], verb="بحسب", agent="قوات الحكومة",
      note="government forces block peacekeepers' access; no SPEC type fits → statement; the lede says the same in the UN's name"),
    C("presence", "asserted", N(8735, "fighters", "8735"),
      SK2549_LACROIX, src=[UN, LACROIX], verb="قال", place="دارفور",
      note="current peacekeeping troops («العناصر» → fighters); the pair «من 8735 إلى 4050» is a change, not a range → two claims"),
    C("presence", "asserted", N(4050, "fighters", "4050"),
      SK2549_LACROIX, src=[UN, LACROIX], verb="قال", place="دارفور", time="بحلول يونيو 2019",
      note="planned troop level; future without a hedge word → asserted"),
    C("presence", "asserted", N(2500, "fighters", "2500"),
      SK2549_LACROIX, src=[UN, LACROIX], verb="قال", place="دارفور", time="حاليا",
      note="current police; «عنصرا» → fighters"),
    C("presence", "asserted", N(1870, "fighters", "1،870 عنصرا"),
      SK2549_LACROIX, src=[UN, LACROIX], verb="قال", place="دارفور", time="بحلول يونيو 2019",
      note="planned police level; printed with an Arabic comma as thousands separator («1،870» = 1,870)"),
    C("attack", "asserted", N(300000, "people", "حوالى 300 ألف قتيل", approx=True),
      SK2549_TOLL, src=[UN], verb="وفقا", place="دارفور", time="منذ عام 2003",
      note="cumulative war toll"),
    C("evacuation", "asserted", N(2500000, "people", "نحو 2,5 مليون شخص", approx=True),
      SK2549_TOLL, src=[UN], verb="وفقا", place="دارفور", time="منذ عام 2003",
      note="cumulative; «2,5» uses a decimal comma = 2.5 million"),
    C("presence", "asserted", N(17000, "people", "17 ألفا"),
      'يذكر أن عديد قوة حفظ السلام المنتشرة في السودان منذ العام 2007 وصل في مرحلة ما إلى 17 ألفا.',
      place="السودان", time="في مرحلة ما",
      note="outlet's voice (background); «وصل إلى N» stays exact; no unit word → people by the letter of the rule (fighters would match the «عناصر» claims)"),
], note="«خفض … إلى النصف» is a fraction; the unilateral ceasefire «أعلنته الخرطوم في مارس» has no count and is not annotated; «28 يونيو» is a date; «2003», «2007», «2019» years"),

# skynewsarabia:3518 — Hodeidah: field military sources say coalition strikes killed >100 Houthis (72 at the naval college); Houthi shell wounds civilians
A("skynewsarabia", 3518, [
    C("attack", "asserted", R(101, None, "fighters", "أكثر من 100 مسلح"),
      'قتل أكثر من 100 مسلح من ميليشيات الحوثي الإيرانية في سلسلة غارات نفذتها طائرات التحالف العربي على مواقع للمتمردين في محافظة الحديدة على الساحل الغربي لليمن.',
      src=[FIELD_SOURCES], agent="طائرات التحالف العربي", place="محافظة الحديدة",
      also=['وذكرت مصادر عسكرية ميدانية أن طائرات التحالف نفذ خلال الساعات الأربع والعشرين الماضية نحو 18 غارة جوية استهدف معاقل الحوثيين في الساحل الغربي، وأدت إلى إيقاع هذا العدد من القتلى في صفوف المتمردين.'],
      note="lede in the outlet's voice; the next sentence attributes «هذا العدد من القتلى» to field military sources → source unmistakable, that sentence as also"),
    C("attack", "asserted", N(18, "other", "نحو 18 غارة جوية", approx=True),
      'وذكرت مصادر عسكرية ميدانية أن طائرات التحالف نفذ خلال الساعات الأربع والعشرين الماضية نحو 18 غارة جوية استهدف معاقل الحوثيين في الساحل الغربي، وأدت إلى إيقاع هذا العدد من القتلى في صفوف المتمردين.',
      src=[FIELD_SOURCES], verb="ذكرت", agent="طائرات التحالف", place="الساحل الغربي", time="خلال الساعات الأربع والعشرين الماضية",
      note="air strikes → unit other"),
    C("attack", "asserted", R(72, None, "fighters", "ما لا يقل عن 72 مسلحا حوثيا"),
      'وشملت الغارات مواقع وتجمعات للمتمردين في مناطق متفرقة بمدينة الحديدة، من بينها الكلية البحرية، التي قتل فيها ما لا يقل عن 72 مسلحا حوثيا، بحسب المصادر الميدانية.',
      src=[FIELD_SOURCES], verb="بحسب", agent="طائرات التحالف العربي", place="الكلية البحرية",
      note="subset of the >100"),
    C("attack", "asserted", R(3, None, "civilians", "ثلاثة آخرون على الأقل"),
      SK3518_P5, src=[LOCAL_SOURCES], agent="مسلحو الحوثي", place="محافظة الحديدة",
      note="wounded; «آخرون» refers back to «مدني» → civilians; outlet's voice, the next sentence (local sources) describes the same shell → source carried over (doubtful: outlet-only defensible); «قتل مدني» is singular"),
    C("attack", "asserted", N(2, "people", "طفلتيهما"),
      SK3518_P6, src=[LOCAL_SOURCES], verb="قالت", agent="ميليشيات الحوثي الإيرانية", place="منطقة الجاح بمديرية بيت الفقيه",
      note="wounded: the couple's two daughters, dual with a pronoun suffix = 2; subset of the wounded (the husband is singular); «قد أصابت» is emphatic; «مقتل امرأة» singular"),
], note="the Durayhimi clashes and the exchange of fire near the airport have no count and are not annotated; «الساعات الأربع والعشرين» is a duration"),

# skynewsarabia:734 — Iraq: court sentences 6 Turkish women to death for IS membership; 20,000 held (researchers); 4,000 held by the KRG
A("skynewsarabia", 734, [
    C("statement", "asserted", N(6, "people", "6 نساء"),
      'وقال مصدر قضائي إن "قاضي المحكمة الجنائية المركزية أصدر حكما بالإعدام بحق 6 نساء تركيات بتهمة الانتماء ودعم تنظيم داعش، فيما حكم على أخرى بالسجن المؤبد"، حسب ما ذكرت وكالة فرانس برس.',
      src=[AFP, JUDICIAL], verb="قال", place="المحكمة الجنائية المركزية", time="الاثنين",
      also=['قضت محكمة عراقية، الاثنين، بإعدام 6 نساء من الجنسية التركية، بتهمة الانتماء لتنظيم داعش المتطرف.'],
      note="death sentences → statement (no SPEC type for sentences; detention defensible); the lede (outlet's voice) is the same fact, source made unmistakable by this sentence → also; «أخرى» (life sentence) is singular"),
    C("statement", "asserted", N(16, "people", "16 امرأة تركية"),
      'وكانت محكمة عراقية قد أصدرت في 25 فبراير الماضي، حكما بإعدام 16 امرأة تركية بنفس التهمة، بعد إقرارهن بالانتماء إلى التنظيم الإرهابي، فيما حكم على تركية أخرى بالسجن المؤبد.',
      time="في 25 فبراير الماضي",
      note="earlier death sentences, outlet's voice; «25 فبراير» is a date"),
    C("detention", "asserted", N(20000, "detainees", "20 ألف شخص"),
      'ويصل عدد المعتقلين في العراق بتهمة الانتماء إلى "داعش" إلى 20 ألف شخص، وفقا لعدد من الباحثين.',
      src=[RESEARCHERS], verb="وفقا", place="العراق",
      note="«المعتقلين» → detainees; «يصل … إلى N» stays exact"),
    C("detention", "asserted", N(4000, "fighters", "نحو 4 آلاف عنصر", approx=True),
      'من جهتها، قالت سلطات إقليم كردستان العراق إنها تعتقل نحو 4 آلاف عنصر من التنظيم، بينهم أجانب، بينما تمكن آخرون من التسلل بين النازحين والتخفي بين السكان في مناطقهم بهدف العودة إلى "الحياة المدنية".',
      src=[KRG], verb="قالت", place="إقليم كردستان العراق",
      note="IS members held; «عنصر» → fighters (as cnn:84 in devset4); «أجانب», «آخرون» are not counts"),
], note="«عددا من الأحكام» counts rulings, not annotated; «أفرجت عن فرنسية», «حكما بإعدام ألمانية» singular; «لم تكشف … عن عدد من اعتقلتهم» is «the number of», not a count; «2017» a year"),
]

"""Synthetic names for demo data: many scripts and languages, combined at random.

Every name here is a common given or family name of its language; combined at random they name
nobody in particular. Each origin says which nationalities and languages go with its names, so
that a demo client's name, nationality and languages fit together.

Notation in the name lists: names are separated by whitespace; ``_`` stands for a space inside
one name ("De_Luca"); ``written=Latin`` gives a transliteration by hand (Arabic and Persian
script); ``male|female`` gives the two forms of a family name or patronymic that differs by
gender ("Kowalski|Kowalska"). Cyrillic and Greek names are transliterated by rule.
"""

from __future__ import annotations

from dataclasses import dataclass

from mbe_desktop.domain.names import latin

# A name as written and its Latin transliteration ("" when it is written in Latin script).
Name = tuple[str, str]
# A family name or patronymic as (male written, male Latin, female written, female Latin).
GenderedName = tuple[str, str, str, str]


@dataclass(frozen=True)
class Origin:
    key: str
    weight: float  # share of demo clients, relative
    nationalities: tuple[tuple[str, float], ...]  # ISO 3166-1 alpha-2 and weight
    languages: tuple[tuple[str, float], ...]  # first language (ISO 639) and weight
    second_languages: tuple[tuple[str, float], ...]  # optional further language and chance
    male: tuple[Name, ...]
    female: tuple[Name, ...]
    family: tuple[GenderedName, ...]
    # Chance of a second given name, drawn from the same list, or with ``father_name`` from
    # the male list (Arabic, Kurdish and Afghan naming: "Fatima Khaled"); chance of a patronymic.
    second_given: float = 0.0
    father_name: bool = False
    patronymics: tuple[GenderedName, ...] = ()
    patronymic_share: float = 0.0
    # Vietnamese middle names ("Thị", "Văn"): always one when given.
    middle_male: tuple[Name, ...] = ()
    middle_female: tuple[Name, ...] = ()
    # Chance of two family names: Spanish-speaking (father's and mother's), Eritrean (father's
    # and grandfather's given names).
    double_family: float = 0.0


# --- transliteration -------------------------------------------------------------------------

_UKRAINIAN = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie",
    "ж": "zh", "з": "z", "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l",
    "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": "iu",
    "я": "ia", "'": "",
}  # fmt: skip
_UKRAINIAN_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}


def ukrainian_latin(text: str) -> str:
    """Ukrainian national transliteration (KMU 2010), as in Ukrainian passports."""
    words = []
    for word in text.split(" "):
        out = []
        for index, char in enumerate(word):
            lower = char.lower()
            table = _UKRAINIAN_INITIAL if index == 0 and lower in _UKRAINIAN_INITIAL else _UKRAINIAN
            mapped = table.get(lower, lower)
            out.append(mapped.capitalize() if char.isupper() else mapped)
        words.append("".join(out))
    return " ".join(words)


_GREEK_DIGRAPHS = (
    ("ου", "ou"), ("ού", "ou"), ("Ου", "Ou"), ("αυ", "av"), ("αύ", "av"), ("Αυ", "Av"),
    ("ευ", "ev"), ("εύ", "ev"), ("Ευ", "Ev"), ("γγ", "ng"), ("γκ", "gk"), ("μπ", "mp"),
)  # fmt: skip


def greek_latin(text: str) -> str:
    for greek, roman in _GREEK_DIGRAPHS:
        text = text.replace(greek, roman)
    return latin(text)


def cyrillic_latin(text: str) -> str:
    """Russian and Bulgarian: anyascii without apostrophes; Bulgarian ъ as "a"."""
    return latin(text.replace("ъ", "а")).replace("'", "").replace('"', "")


# --- parsing the compact lists ---------------------------------------------------------------


def _translit(kind: str, written: str) -> str:
    if kind == "uk":
        return ukrainian_latin(written)
    if kind == "cyr":
        return cyrillic_latin(written)
    if kind == "el":
        return greek_latin(written)
    return ""  # Latin script: no separate transliteration


def _one(token: str, kind: str) -> Name:
    token = token.replace("_", " ")
    if "=" in token:
        written, roman = token.split("=", 1)
        return written, roman
    return token, _translit(kind, token)


def _names(text: str, kind: str = "") -> tuple[Name, ...]:
    return tuple(_one(token, kind) for token in text.split())


def _gendered(text: str, kind: str = "") -> tuple[GenderedName, ...]:
    result = []
    for token in text.split():
        male, _, female = token.partition("|")
        male_name = _one(male, kind)
        female_name = _one(female, kind) if female else male_name
        result.append((*male_name, *female_name))
    return tuple(result)


def _weights(text: str) -> tuple[tuple[str, float], ...]:
    pairs = (item.split(":") for item in text.split())
    return tuple((code, float(weight)) for code, weight in pairs)


# --- the lists -------------------------------------------------------------------------------

_ARABIC_MALE = _names(
    "محمد=Mohammad أحمد=Ahmad علي=Ali محمود=Mahmoud خالد=Khaled عمر=Omar حسن=Hassan "
    "حسين=Hussein يوسف=Youssef إبراهيم=Ibrahim مصطفى=Mustafa عبدالله=Abdullah سامر=Samer "
    "باسل=Basel رامي=Rami طارق=Tarek فادي=Fadi وليد=Walid ماهر=Maher نبيل=Nabil زياد=Ziad "
    "عماد=Imad جمال=Jamal كريم=Karim سليم=Salim ياسر=Yasser هاني=Hani أنس=Anas عمار=Ammar "
    "بشار=Bashar قاسم=Qasim مازن=Mazen نزار=Nizar حمزة=Hamza عادل=Adel منير=Munir"
)
_ARABIC_FEMALE = _names(
    "فاطمة=Fatima مريم=Maryam عائشة=Aisha زينب=Zainab نور=Nour هدى=Huda سارة=Sara رنا=Rana "
    "لينا=Lina ريم=Reem دعاء=Duaa آمنة=Amina خديجة=Khadija سلمى=Salma رهف=Rahaf هبة=Hiba "
    "ياسمين=Yasmin منى=Mona سمر=Samar ليلى=Laila نادية=Nadia رشا=Rasha إيمان=Iman سعاد=Suad "
    "وفاء=Wafaa غادة=Ghada لمى=Lama جنى=Jana أسماء=Asmaa رغد=Raghad بتول=Batoul حنان=Hanan"
)
_SYRIAN_FAMILY = _gendered(
    "الحسن=Al-Hassan الأحمد=Al-Ahmad العلي=Al-Ali الخطيب=Al-Khatib الحلبي=Al-Halabi "
    "الشامي=Al-Shami المصري=Al-Masri حداد=Haddad نجار=Najjar خليل=Khalil حمدان=Hamdan "
    "الزعبي=Al-Zoubi العمر=Al-Omar الحمصي=Al-Homsi الدمشقي=Al-Dimashqi قباني=Qabbani "
    "الأسعد=Al-Asaad الجاسم=Al-Jasim السيد=Al-Sayed الحسين=Al-Hussein المحمد=Al-Mohammad "
    "الخليل=Al-Khalil العبدالله=Al-Abdullah سليمان=Suleiman عثمان=Othman حمود=Hammoud "
    "الرفاعي=Al-Rifai الدرويش=Al-Darwish الكردي=Al-Kurdi الحموي=Al-Hamawi الإدلبي=Al-Idlibi "
    "النعسان=Al-Naasan الشيخ=Al-Sheikh قاسم=Kassem يونس=Younes عيسى=Issa موسى=Mousa "
    "شريف=Sharif العثمان=Al-Othman الصالح=Al-Saleh الحريري=Al-Hariri البكري=Al-Bakri "
    "الأتاسي=Al-Atassi الحمد=Al-Hamad الخضر=Al-Khidr العيسى=Al-Issa"
)
_IRAQI_FAMILY = _gendered(
    "الجبوري=Al-Jubouri العبيدي=Al-Obaidi الدليمي=Al-Dulaimi التميمي=Al-Tamimi "
    "الموسوي=Al-Musawi الحسيني=Al-Husseini البياتي=Al-Bayati الربيعي=Al-Rubaie "
    "الشمري=Al-Shammari الزيدي=Al-Zaidi الساعدي=Al-Saadi الكعبي=Al-Kaabi العزاوي=Al-Azzawi "
    "الجنابي=Al-Janabi الخفاجي=Al-Khafaji الطائي=Al-Taie السامرائي=Al-Samarrai "
    "الكبيسي=Al-Kubaisi العاني=Al-Ani الراوي=Al-Rawi الحديثي=Al-Hadithi البصري=Al-Basri "
    "الموصلي=Al-Mosuli خلف=Khalaf مراد=Murad حسو=Hasso"
)
_PERSIAN_MALE = _names(
    "محمد=Mohammad علی=Ali رضا=Reza حسین=Hossein مهدی=Mehdi امیر=Amir سعید=Saeed "
    "حمید=Hamid مجید=Majid بهروز=Behrouz داریوش=Dariush کامران=Kamran فرهاد=Farhad "
    "آرش=Arash بابک=Babak سیاوش=Siavash پویا=Pouya نیما=Nima کیوان=Keyvan میلاد=Milad "
    "امید=Omid جواد=Javad محسن=Mohsen پدرام=Pedram شهرام=Shahram بهنام=Behnam"
)
_PERSIAN_FEMALE = _names(
    "مریم=Maryam فاطمه=Fatemeh زهرا=Zahra سارا=Sara نرگس=Narges مینا=Mina لیلا=Leila "
    "شیرین=Shirin پریسا=Parisa نازنین=Nazanin مهسا=Mahsa نیلوفر=Niloufar سمیرا=Samira "
    "الهام=Elham آزاده=Azadeh فرشته=Fereshteh شیما=Shima رویا=Roya ترانه=Taraneh "
    "گلناز=Golnaz سپیده=Sepideh مهناز=Mahnaz کتایون=Katayoun هانیه=Hanieh بهاره=Bahareh"
)
_PERSIAN_FAMILY = _gendered(
    "محمدی=Mohammadi حسینی=Hosseini احمدی=Ahmadi رضایی=Rezaei کریمی=Karimi موسوی=Mousavi "
    "جعفری=Jafari رحیمی=Rahimi صادقی=Sadeghi کاظمی=Kazemi حیدری=Heidari نوری=Nouri "
    "قاسمی=Ghasemi عباسی=Abbasi ابراهیمی=Ebrahimi طاهری=Taheri شریفی=Sharifi نجفی=Najafi "
    "تهرانی=Tehrani اصفهانی=Esfahani شیرازی=Shirazi فرهادی=Farhadi امینی=Amini "
    "یزدانی=Yazdani بهرامی=Bahrami سلطانی=Soltani مرادی=Moradi زارعی=Zarei "
    "نیک‌نام=Niknam اکبری=Akbari"
)
_DARI_MALE = _names(
    "احمد=Ahmad محمد=Mohammad عبدالله=Abdullah نجیب=Najib فرید=Farid حمید=Hamid "
    "جاوید=Jawid شفیق=Shafiq ذبیح=Zabih رحمت=Rahmat نوید=Navid سهراب=Sohrab "
    "میرویس=Mirwais عزیز=Aziz ولی=Wali بشیر=Bashir قدیر=Qadir صمیم=Samim هارون=Haroon "
    "یما=Yama رامین=Ramin مسعود=Masoud جمشید=Jamshid عارف=Aref نصیر=Nasir فواد=Fawad "
    "ادریس=Idris"
)
_DARI_FEMALE = _names(
    "فریبا=Fariba زرغونه=Zarghona مرسل=Mursal ملالی=Malalai نسرین=Nasrin شبنم=Shabnam "
    "فرزانه=Farzana مریم=Maryam زهرا=Zahra لیلما=Lailuma ناهید=Nahid سیما=Sima "
    "پروین=Parwin هما=Homa روشنا=Roshana مدینه=Madina فاطمه=Fatima نرگس=Nargis "
    "شکیلا=Shakila سولما=Sulma ستاره=Setara مژگان=Mozhgan فرشته=Freshta زینب=Zainab"
)
_DARI_FAMILY = _gendered(
    "احمدزی=Ahmadzai هاشمی=Hashimi رحیمی=Rahimi نظری=Nazari حکیمی=Hakimi سلطانی=Sultani "
    "صدیقی=Siddiqi یوسفزی=Yousafzai پوپل=Popal کریمی=Karimi عزیزی=Azizi نوری=Noori "
    "حیدری=Haidari ستانکزی=Stanikzai واحدی=Wahedi مجددی=Mojaddedi امیری=Amiri "
    "قادری=Qaderi رسولی=Rasuli جلالی=Jalali فاروقی=Farooqi سادات=Sadat همدرد=Hamdard "
    "نیازی=Niazi عثمانی=Osmani رحمانی=Rahmani صافی=Safi وردک=Wardak"
)
_UKRAINIAN_MALE = _names(
    "Олександр Андрій Сергій Дмитро Іван Микола Василь Юрій Олег Богдан Тарас Віктор "
    "Михайло Петро Роман Максим Володимир Ярослав Євген Артем Денис Віталій Ігор Степан "
    "Олексій Павло Остап Назар Кирило Григорій Анатолій Руслан",
    "uk",
)
_UKRAINIAN_FEMALE = _names(
    "Олена Наталія Ольга Тетяна Ірина Світлана Оксана Юлія Марія Анна Катерина Людмила "
    "Галина Вікторія Алла Лариса Надія Валентина Софія Дарина Христина Зоряна Анастасія "
    "Мирослава Іванна Ганна Леся Ярослава Уляна Інна Євгенія Любов",
    "uk",
)
_UKRAINIAN_FAMILY = _gendered(
    "Шевченко Коваленко Бондаренко Ткаченко Кравченко Олійник Шевчук Поліщук Лисенко "
    "Мельник Бойко Коваль Савченко Руденко Марченко Петренко Клименко Павленко Мороз "
    "Левченко Гончаренко Кравчук Романенко Кузьменко Ткачук Литвиненко Савчук Гаврилюк "
    "Яковенко Онищенко Костенко Дяченко Мазур Білик Зінченко Власенко Тимошенко Степаненко "
    "Колесник Приходько Головко Семенко Гнатюк Остапенко Панченко Вовк Кушнір Собко Яремчук "
    "Федоренко Юрченко Сидоренко Лук'яненко Заїка Гуменюк Дорошенко",
    "uk",
)
_UKRAINIAN_PATRONYMICS = _gendered(
    "Олександрович|Олександрівна Андрійович|Андріївна Сергійович|Сергіївна "
    "Іванович|Іванівна Миколайович|Миколаївна Васильович|Василівна Юрійович|Юріївна "
    "Олегович|Олегівна Богданович|Богданівна Вікторович|Вікторівна Михайлович|Михайлівна "
    "Петрович|Петрівна Романович|Романівна Володимирович|Володимирівна "
    "Ярославович|Ярославівна Євгенович|Євгенівна Віталійович|Віталіївна Ігорович|Ігорівна "
    "Степанович|Степанівна Павлович|Павлівна Анатолійович|Анатоліївна Григорович|Григорівна",
    "uk",
)
_RUSSIAN_MALE = _names(
    "Александр Сергей Дмитрий Андрей Алексей Максим Иван Михаил Николай Владимир Евгений "
    "Павел Артём Роман Игорь Олег Виктор Денис Константин Юрий Антон Илья Кирилл Никита "
    "Григорий Вадим Станислав",
    "cyr",
)
_RUSSIAN_FEMALE = _names(
    "Елена Ольга Наталья Татьяна Ирина Светлана Анна Мария Екатерина Юлия Анастасия Марина "
    "Людмила Галина Ксения Дарья Виктория Алина Полина Вера Надежда Любовь Валентина "
    "Евгения Софья Лариса Оксана",
    "cyr",
)
_RUSSIAN_FAMILY = _gendered(
    "Иванов|Иванова Смирнов|Смирнова Кузнецов|Кузнецова Попов|Попова Васильев|Васильева "
    "Петров|Петрова Соколов|Соколова Михайлов|Михайлова Новиков|Новикова Фёдоров|Фёдорова "
    "Морозов|Морозова Волков|Волкова Алексеев|Алексеева Лебедев|Лебедева Семёнов|Семёнова "
    "Егоров|Егорова Павлов|Павлова Козлов|Козлова Степанов|Степанова Николаев|Николаева "
    "Орлов|Орлова Андреев|Андреева Макаров|Макарова Никитин|Никитина Захаров|Захарова "
    "Зайцев|Зайцева Соловьёв|Соловьёва Борисов|Борисова Яковлев|Яковлева "
    "Григорьев|Григорьева Романов|Романова Воробьёв|Воробьёва Белов|Белова "
    "Тарасов|Тарасова Комаров|Комарова Киселёв|Киселёва",
    "cyr",
)
_RUSSIAN_PATRONYMICS = _gendered(
    "Александрович|Александровна Сергеевич|Сергеевна Иванович|Ивановна "
    "Владимирович|Владимировна Николаевич|Николаевна Андреевич|Андреевна "
    "Викторович|Викторовна Михайлович|Михайловна Петрович|Петровна Юрьевич|Юрьевна "
    "Дмитриевич|Дмитриевна Алексеевич|Алексеевна Олегович|Олеговна Васильевич|Васильевна "
    "Геннадьевич|Геннадьевна Евгеньевич|Евгеньевна Игоревич|Игоревна Борисович|Борисовна",
    "cyr",
)
_BULGARIAN_MALE = _names(
    "Георги Иван Димитър Николай Петър Христо Стоян Тодор Васил Атанас Йордан Красимир "
    "Пламен Валентин Стефан Мартин Калоян Борислав Цветан Любомир Веселин Ангел Емил Росен",
    "cyr",
)
_BULGARIAN_FEMALE = _names(
    "Мария Иванка Елена Йорданка Пенка Маргарита Даниела Виолета Десислава Цветелина Радка "
    "Снежана Гергана Милена Невена Силвия Петя Теодора Велина Росица Станка Биляна Ралица "
    "Надежда",
    "cyr",
)
_BULGARIAN_FAMILY = _gendered(
    "Иванов|Иванова Георгиев|Георгиева Димитров|Димитрова Петров|Петрова Николов|Николова "
    "Христов|Христова Стоянов|Стоянова Тодоров|Тодорова Илиев|Илиева Василев|Василева "
    "Атанасов|Атанасова Петков|Петкова Ангелов|Ангелова Колев|Колева Йорданов|Йорданова "
    "Маринов|Маринова Попов|Попова Стефанов|Стефанова Костов|Костова Михайлов|Михайлова "
    "Асенов|Асенова Ковачев|Ковачева Янков|Янкова Симеонов|Симеонова Младенов|Младенова",
    "cyr",
)
_BULGARIAN_PATRONYMICS = _gendered(
    "Петров|Петрова Иванов|Иванова Георгиев|Георгиева Димитров|Димитрова Николов|Николова "
    "Стоянов|Стоянова Тодоров|Тодорова Христов|Христова Атанасов|Атанасова "
    "Василев|Василева Йорданов|Йорданова Ангелов|Ангелова Стефанов|Стефанова",
    "cyr",
)
_TURKISH_MALE = _names(
    "Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim İsmail Osman Yusuf Murat Ömer Ramazan "
    "Halil Süleyman Abdullah Mahmut Recep Salih Fatih Kadir Emre Burak Serkan Emin Cem "
    "Volkan Barış Tuncay Oğuz Erdem Gökhan Yasin Enes Kerem Uğur Çağlar Şükrü"
)
_TURKISH_FEMALE = _names(
    "Fatma Ayşe Emine Hatice Zeynep Elif Meryem Şerife Zehra Sultan Hanife Merve Özlem "
    "Yasemin Hülya Esra Derya Gülşen Büşra Sevgi Tuğba Songül Aylin Ebru Dilek Gamze Şeyma "
    "Nur Özge Çiğdem Sibel Melek Gülay Nurcan"
)
_TURKISH_FAMILY = _gendered(
    "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç "
    "Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Özcan Korkmaz Çakır Erdoğan Yavuz Can "
    "Acar Şen Aktaş Güler Yalçın Güneş Bozkurt Bulut Keskin Ünal Turan Gül Özer Işık Kaplan "
    "Avcı Sarı Tekin Taş Köse Yüksel Ateş Aksoy Karaca Uçar Başaran Erdem Sönmez"
)
_KURDISH_MALE = _names(
    "Azad Rêbar Şêrko Dilşad Hozan Kawa Bawer Zana Rojhat Serhat Welat Baran Ciwan Diyar "
    "Heval Nêçîrvan Delîl Agir Mazlûm Şiyar Rizgar Xelîl Ehmed Mihemed Berzan Soran"
)
_KURDISH_FEMALE = _names(
    "Rojda Jiyan Berfîn Zozan Hêvî Nalîn Rûken Dilan Evîn Helîn Viyan Avesta Şîlan Newroz "
    "Gulistan Leyla Nesrîn Zelal Bêrîvan Ronahî Perwîn Sosin Dilber Xezal"
)
_KURDISH_FAMILY = _gendered(
    "Bozan Hesen Xelîl Mistefa Silêman Ehmed Îbrahîm Osman Reşîd Şêxmûs Hemo Elî Omer "
    "Ezîz Mihemed Cemîl Bekir Haco Temo Derwêş Remo Qasim Ûsiv Kurdî Amûdî Efrînî Mehmûd "
    "Şêxo Hesko Ûsê"
)
_POLISH_MALE = _names(
    "Łukasz Piotr Krzysztof Tomasz Paweł Marcin Michał Grzegorz Jakub Adam Marek Andrzej "
    "Wojciech Kamil Mateusz Dariusz Rafał Sebastian Bartosz Przemysław Zbigniew Jarosław "
    "Sławomir Maciej Szymon"
)
_POLISH_FEMALE = _names(
    "Anna Katarzyna Małgorzata Agnieszka Barbara Ewa Magdalena Joanna Aleksandra Monika "
    "Beata Dorota Justyna Paulina Żaneta Grażyna Jolanta Elżbieta Marta Karolina Weronika "
    "Zofia Urszula Bożena Iwona"
)
_POLISH_FAMILY = _gendered(
    "Nowak Kowalski|Kowalska Wiśniewski|Wiśniewska Wójcik Kowalczyk Kamiński|Kamińska "
    "Lewandowski|Lewandowska Zieliński|Zielińska Szymański|Szymańska Woźniak "
    "Dąbrowski|Dąbrowska Kozłowski|Kozłowska Jankowski|Jankowska Mazur "
    "Kwiatkowski|Kwiatkowska Krawczyk Piotrowski|Piotrowska Grabowski|Grabowska "
    "Nowakowski|Nowakowska Pawłowski|Pawłowska Michalski|Michalska Adamczyk Dudek Zając "
    "Wieczorek Jabłoński|Jabłońska Król Majewski|Majewska Olszewski|Olszewska "
    "Jaworski|Jaworska Wróbel Malinowski|Malinowska Pawlak Witkowski|Witkowska Walczak "
    "Stępień Górski|Górska Rutkowski|Rutkowska Michalak Sikora Ostrowski|Ostrowska Baran "
    "Duda Szewczyk Tomaszewski|Tomaszewska Pietrzak Marciniak Wróblewski|Wróblewska "
    "Zalewski|Zalewska Jakubowski|Jakubowska Jasiński|Jasińska Żółć Łuczak Ślusarczyk "
    "Błaszczyk Głowacki|Głowacka Chmielewski|Chmielewska"
)
_ROMANIAN_MALE = _names(
    "Ștefan Ion Gheorghe Vasile Constantin Mihai Andrei Alexandru Florin Adrian Cristian "
    "Daniel Marius Ionuț Bogdan Răzvan Sorin Cătălin Dumitru Nicolae Petru Lucian Costel "
    "Ciprian Viorel"
)
_ROMANIAN_FEMALE = _names(
    "Maria Elena Ioana Ana Mihaela Andreea Cristina Gabriela Alina Daniela Nicoleta "
    "Florentina Simona Georgiana Ramona Roxana Loredana Mirela Iuliana Adriana Camelia "
    "Violeta Larisa Bianca Oana"
)
_ROMANIAN_FAMILY = _gendered(
    "Popescu Ionescu Popa Pop Radu Dumitru Stan Stoica Gheorghe Matei Ciobanu Rusu "
    "Munteanu Constantin Moldovan Lungu Marin Mihai Tudor Florea Dobre Barbu Nistor "
    "Iordache Toma Dinu Mocanu Ene Petrescu Neagu Lazăr Diaconu Sandu Oprea Cristea Voicu "
    "Ilie Ștefănescu Bălan Anghel Tănase Sârbu Manea Enache Dănilă Vlad Ursu Stănescu "
    "Zamfir Căpraru"
)
_VIETNAMESE_MALE = _names(
    "Hùng Dũng Tuấn Minh Nam Long Hải Quân Thắng Sơn Phong Trung Hiếu Khoa Bình Cường Đức "
    "Huy Tài Việt Thành Vinh Kiên Toàn"
)
_VIETNAMESE_FEMALE = _names(
    "Hương Lan Mai Hoa Linh Trang Hà Thảo Ngọc Nhung Phương Yến Hằng Dung Vân Loan Huyền "
    "Thủy Oanh Anh Giang Nga Tuyết Hạnh"
)
_VIETNAMESE_FAMILY = _gendered(
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Trương "
    "Lâm Mai Cao Tạ Hà Tô Quách"
)
_ERITREAN_MALE = _names(
    "Tesfay Yonas Dawit Mehari Kidane Yohannes Berhane Tekle Samuel Filmon Abraham Biniam "
    "Senay Habtom Amanuel Robel Medhanie Henok Natnael Efrem Mussie Tewelde Haile Ghirmay Aron"
)
_ERITREAN_FEMALE = _names(
    "Helen Saba Selam Rahwa Yordanos Feven Senait Mebrat Tsega Luwam Winta Hiwet Aster Meron "
    "Semhar Ruta Eden Lidya Almaz Freweyni Elsa Merhawit Mizan Abeba Adiam"
)
_ERITREAN_FAMILY = _gendered(
    "Gebremedhin Tesfamariam Haile Tekle Kidane Berhe Gebreyesus Habte Mehari Woldemichael "
    "Tesfay Ghebremariam Yohannes Asfaha Weldu Andemariam Kahsay Negash Zerai Ghebreab "
    "Solomon Ogbazghi Araya Tsegay Abraha Tewolde Gebrehiwet Fitsum Measho Teklehaimanot"
)
_SPANISH_MALE = _names(
    "José Antonio Manuel Francisco David Javier Daniel Carlos Jesús Alejandro Miguel Rafael "
    "Pablo Sergio Fernando Jorge Alberto Luis Álvaro Adrián Raúl Iván Rubén Óscar Andrés"
)
_SPANISH_FEMALE = _names(
    "María Carmen Ana Isabel Laura Cristina Marta Lucía Elena Sara Paula Raquel Rocío Pilar "
    "Beatriz Nuria Silvia Patricia Alba Irene Sonia Noelia Eva Inmaculada Begoña"
)
_SPANISH_FAMILY = _gendered(
    "García Rodríguez González Fernández López Martínez Sánchez Pérez Gómez Martín Jiménez "
    "Ruiz Hernández Díaz Moreno Muñoz Álvarez Romero Alonso Gutiérrez Navarro Torres "
    "Domínguez Vázquez Ramos Gil Ramírez Serrano Blanco Molina Morales Suárez Ortega Delgado "
    "Castro Ortiz Rubio Marín Sanz Núñez Iglesias Medina Garrido Cortés Castillo"
)
_LATAM_MALE = _names(
    "Juan Luis Diego Andrés Camilo Sebastián Mauricio Felipe Julián Santiago Alejandro Jhon "
    "Wilson Édgar Cristian Carlos José Miguel Jorge Óscar Ricardo Fabián Hernán Gustavo"
)
_LATAM_FEMALE = _names(
    "Valentina Daniela Camila Natalia Paola Andrea Carolina Diana Juliana Mariana Gabriela "
    "Yesenia Luz Marisol Ximena Catalina Ángela Viviana Liliana Sandra María Lorena Yolanda"
)
_LATAM_FAMILY = _SPANISH_FAMILY + _gendered(
    "Rojas Vargas Herrera Cárdenas Mejía Quintero Restrepo Ospina Zapata Valencia Salazar "
    "Londoño Arango Giraldo Pineda Bermúdez Contreras Aguilar Mendoza Quispe Huamán Chávez "
    "Flores"
)
_INDIAN_MALE = _names(
    "Rahul Amit Vikram Arjun Rohan Sanjay Rajesh Suresh Anil Karthik Pradeep Arun Vijay "
    "Manoj Deepak Nikhil Aditya Harpreet Gurpreet Ravi Sunil Venkatesh Srinivas Abhishek Ankit"
)
_INDIAN_FEMALE = _names(
    "Priya Anjali Deepa Kavya Lakshmi Pooja Neha Sneha Divya Meera Ananya Shruti Swati "
    "Aishwarya Nandini Pallavi Harleen Jaspreet Ritu Sunita Radhika Shreya Bhavana Keerthi "
    "Sowmya"
)
_INDIAN_FAMILY = _gendered(
    "Sharma Patel Singh Kumar Gupta Reddy Nair Iyer Menon Rao Joshi Desai Mehta Verma "
    "Agarwal Chopra Kapoor Malhotra Bhat Pillai Krishnan Banerjee Chatterjee Mukherjee Das "
    "Shah Naidu Kulkarni Deshpande Srinivasan Subramanian Gill Sandhu Chauhan Yadav Mishra "
    "Pandey Tiwari Saxena"
)
_GREEK_MALE = _names(
    "Γιώργος Δημήτρης Κωνσταντίνος Νίκος Γιάννης Παναγιώτης Βασίλης Χρήστος Αθανάσιος "
    "Μιχάλης Ευάγγελος Σπύρος Αντώνης Ηλίας Θοδωρής Στέλιος Αλέξανδρος Πέτρος Άγγελος Μανώλης",
    "el",
)
_GREEK_FEMALE = _names(
    "Μαρία Ελένη Αικατερίνη Βασιλική Σοφία Αγγελική Γεωργία Δήμητρα Κωνσταντίνα Παρασκευή "
    "Χριστίνα Ευαγγελία Ιωάννα Αναστασία Ζωή Δέσποινα Νικολέτα Αθηνά Ειρήνη Φωτεινή",
    "el",
)
_GREEK_FAMILY = _gendered(
    "Παπαδόπουλος|Παπαδοπούλου Παπαδάκης|Παπαδάκη Γεωργίου Νικολάου Παπανικολάου Ιωάννου "
    "Οικονόμου Δημητρίου Αθανασίου Βασιλείου Κωνσταντίνου Μακρής|Μακρή Αντωνίου "
    "Παππάς|Παππά Καραγιάννης|Καραγιάννη Χριστοδούλου Αλεξίου Πετρόπουλος|Πετροπούλου "
    "Κωστόπουλος|Κωστοπούλου Μαυρίδης|Μαυρίδου Σταματόπουλος|Σταματοπούλου Παπαγεωργίου "
    "Λαμπράκης|Λαμπράκη Δημόπουλος|Δημοπούλου Καλογεράκης|Καλογεράκη Ζαχαρίου",
    "el",
)
_ITALIAN_MALE = _names(
    "Giuseppe Giovanni Antonio Mario Luigi Francesco Angelo Vincenzo Pietro Salvatore Carlo "
    "Franco Domenico Bruno Paolo Michele Giorgio Marco Andrea Luca Matteo Alessandro Davide "
    "Stefano Simone"
)
_ITALIAN_FEMALE = _names(
    "Maria Anna Giuseppina Rosa Angela Giovanna Teresa Lucia Carmela Caterina Francesca Paola "
    "Giulia Chiara Sara Federica Valentina Alessia Martina Elisa Silvia Roberta Laura Ilaria "
    "Serena"
)
_ITALIAN_FAMILY = _gendered(
    "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo "
    "Conti De_Luca Costa Giordano Mancini Rizzo Lombardi Moretti Barbieri Fontana Santoro "
    "Mariani Rinaldi Caruso Ferrara Galli Martini Leone Longo Gentile Martinelli Vitale "
    "Lombardo Serra Coppola De_Santis D'Angelo Marchetti Parisi Villa Conte Ferraro Ferri "
    "Fabbri Bianco Marini Grasso Valentini"
)
# Ethnic German resettlers (Spätaussiedler) from Kazakhstan and Russia: German family names,
# given names in the German spelling of Russian names.
_RESETTLER_MALE = _names(
    "Alexander Viktor Waldemar Andreas Eduard Johann Jakob Heinrich Artur Eugen Dmitri "
    "Sergej Juri Wladimir Peter Konstantin Oleg Igor Roman Nikolai Anatoli Witali"
)
_RESETTLER_FEMALE = _names(
    "Olga Irina Jelena Natalia Swetlana Tatjana Lydia Katharina Valentina Ljudmila Maria "
    "Anna Emma Frieda Nelli Galina Larissa Veronika Lilli Alina Erna Xenia"
)
_RESETTLER_FAMILY = _gendered(
    "Müller Schäfer Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann "
    "Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann "
    "Hartmann Lange Schmitt Werner Krause Meier Lehmann Schmid Schulze Maier Köhler "
    "Herrmann König Walter Mayer Huber Kaiser Fuchs Peters Lang Scholz Möller Weiß Jung Hahn "
    "Schubert Vogel Friedrich Keller Günther Frank Berger Winkler Roth Beck Lorenz Baumann "
    "Franke Albrecht Schuster Simon Ludwig Böhm Winter Kraus Schumacher Krämer Vogt Stein "
    "Jäger Otto Sommer Groß Seidel Heinrich Brandt Haas Schreiber Graf Dietrich Ziegler "
    "Kühn Pohl Engel Horn Busch Bergmann Voigt Sauer Arnold Wolff Pfeiffer Gärtner Bähr"
)

ORIGINS: tuple[Origin, ...] = (
    Origin(
        "ukrainian", 15, _weights("UA:1"), _weights("uk:0.7 ru:0.3"),
        _weights("ru:0.5 en:0.2"), _UKRAINIAN_MALE, _UKRAINIAN_FEMALE, _UKRAINIAN_FAMILY,
        patronymics=_UKRAINIAN_PATRONYMICS, patronymic_share=0.8,
    ),
    Origin(
        "syrian", 12, _weights("SY:1"), _weights("ar:1"), _weights("en:0.15 tr:0.05"),
        _ARABIC_MALE, _ARABIC_FEMALE, _SYRIAN_FAMILY, second_given=0.8, father_name=True,
    ),
    Origin(
        "turkish", 10, _weights("TR:1"), _weights("tr:0.85 ku:0.15"), _weights("en:0.1"),
        _TURKISH_MALE, _TURKISH_FEMALE, _TURKISH_FAMILY, second_given=0.55,
    ),
    Origin(
        "afghan", 8, _weights("AF:1"), _weights("prs:0.75 ps:0.25"),
        _weights("fa:0.2 ps:0.15 en:0.1"), _DARI_MALE, _DARI_FEMALE, _DARI_FAMILY,
        second_given=0.75, father_name=True,
    ),
    Origin(
        "iraqi", 5, _weights("IQ:1"), _weights("ar:0.75 ku:0.25"), _weights("en:0.1"),
        _ARABIC_MALE, _ARABIC_FEMALE, _IRAQI_FAMILY, second_given=0.7, father_name=True,
    ),
    Origin(
        "syrian_kurdish", 4, _weights("SY:0.9 XX:0.1"), _weights("ku:1"),
        _weights("ar:0.8 tr:0.1"), _KURDISH_MALE, _KURDISH_FEMALE, _KURDISH_FAMILY,
        second_given=0.75, father_name=True,
    ),
    Origin(
        "romanian", 6, _weights("RO:0.85 MD:0.15"), _weights("ro:1"), _weights("en:0.15"),
        _ROMANIAN_MALE, _ROMANIAN_FEMALE, _ROMANIAN_FAMILY, second_given=0.5,
    ),
    Origin(
        "bulgarian", 4, _weights("BG:1"), _weights("bg:0.8 tr:0.2"), _weights("ru:0.1"),
        _BULGARIAN_MALE, _BULGARIAN_FEMALE, _BULGARIAN_FAMILY,
        patronymics=_BULGARIAN_PATRONYMICS, patronymic_share=0.7,
    ),
    Origin(
        "polish", 5, _weights("PL:1"), _weights("pl:1"), _weights("en:0.15"),
        _POLISH_MALE, _POLISH_FEMALE, _POLISH_FAMILY, second_given=0.5,
    ),
    Origin(
        "russian", 4, _weights("RU:0.8 KZ:0.1 BY:0.1"), _weights("ru:1"),
        _weights("en:0.15"), _RUSSIAN_MALE, _RUSSIAN_FEMALE, _RUSSIAN_FAMILY,
        patronymics=_RUSSIAN_PATRONYMICS, patronymic_share=0.6,
    ),
    Origin(
        "resettler", 3, _weights("DE:1"), _weights("ru:0.8 de:0.2"), _weights("de:0.7"),
        _RESETTLER_MALE, _RESETTLER_FEMALE, _RESETTLER_FAMILY, second_given=0.35,
    ),
    Origin(
        "persian", 4, _weights("IR:1"), _weights("fa:1"), _weights("en:0.35"),
        _PERSIAN_MALE, _PERSIAN_FEMALE, _PERSIAN_FAMILY, second_given=0.5,
    ),
    Origin(
        "eritrean", 3, _weights("ER:1"), _weights("ti:1"), _weights("ar:0.1 en:0.2"),
        _ERITREAN_MALE, _ERITREAN_FEMALE, _ERITREAN_FAMILY, double_family=0.6,
    ),
    Origin(
        "vietnamese", 3, _weights("VN:1"), _weights("vi:1"), _weights("en:0.1"),
        _VIETNAMESE_MALE, _VIETNAMESE_FEMALE, _VIETNAMESE_FAMILY,
        middle_male=_names("Văn Đức Minh Quang Hữu Công Thanh Xuân Hoàng Gia"),
        middle_female=_names("Thị Ngọc Thu Thanh Kim Hồng Thùy Minh Bảo Phương"),
    ),
    Origin(
        "indian", 3, _weights("IN:1"), _weights("hi:0.45 ta:0.15 te:0.15 ml:0.1 pa:0.08 mr:0.07"),
        _weights("en:0.9"), _INDIAN_MALE, _INDIAN_FEMALE, _INDIAN_FAMILY, second_given=0.35,
    ),
    Origin(
        "latin_american", 3, _weights("CO:0.4 VE:0.25 MX:0.15 PE:0.1 EC:0.1"), _weights("es:1"),
        _weights("en:0.15"), _LATAM_MALE, _LATAM_FEMALE, _LATAM_FAMILY,
        second_given=0.4, double_family=0.75,
    ),
    Origin(
        "spanish", 2, _weights("ES:1"), _weights("es:1"), _weights("en:0.3"),
        _SPANISH_MALE, _SPANISH_FEMALE, _SPANISH_FAMILY, second_given=0.25, double_family=0.8,
    ),
    Origin(
        "greek", 2, _weights("GR:1"), _weights("el:1"), _weights("en:0.3"),
        _GREEK_MALE, _GREEK_FEMALE, _GREEK_FAMILY, second_given=0.35,
    ),
    Origin(
        "italian", 2, _weights("IT:1"), _weights("it:1"), _weights("en:0.2"),
        _ITALIAN_MALE, _ITALIAN_FEMALE, _ITALIAN_FAMILY, second_given=0.3,
    ),
)  # fmt: skip

ORIGINS_BY_KEY = {origin.key: origin for origin in ORIGINS}

# Shown first in every demo store, so that a demonstration can search the examples the
# documentation uses ("muller", "shevchenko", "al-hassan" …):
# (gender, given names, their Latin form, family name, its Latin form, origin key).
SHOWCASE: tuple[tuple[str, str, str, str, str, str], ...] = (
    ("male", "محمد", "Mohammad", "الحسن", "Al-Hassan", "syrian"),
    ("male", "Олександр", "Oleksandr", "Шевченко", "Shevchenko", "ukrainian"),
    ("male", "Łukasz", "", "Żółć", "", "polish"),
    ("female", "Thị Hương", "", "Nguyễn", "", "vietnamese"),
    ("male", "Ștefan", "", "Popescu", "", "romanian"),
    ("female", "Ayşe", "", "Yılmaz", "", "turkish"),
    ("female", "Olga", "", "Müller", "", "resettler"),
    ("female", "فاطمة", "Fatima", "الأحمد", "Al-Ahmad", "iraqi"),
    ("male", "Viktor", "", "Schäfer", "", "resettler"),
    ("female", "Ольга", "Olga", "Иванова", "Ivanova", "russian"),
    ("female", "مریم", "Maryam", "رضایی", "Rezaei", "persian"),
    ("female", "Γεωργία", "Georgia", "Παπαδοπούλου", "Papadopoulou", "greek"),
)

"""Seventy-second round, quotes72b (docs/extraction.md: quotes.py, people.py): the forms behind the dev/1146, 1147,
1153 and 1154 quote misses, told in short invented sentences. A relative clause after a capitalised appositive in the
running text before "“…,” he said" ("X Y, President of the Z, who …, said …", 1147); "the Prime Minister said: “…”"
after his foreign minister spoke, the one prime minister named (1153); a partial quote inside a Turkish lead ending in
"şunları kaydetti:" over the quote paragraph, after its subject (1154); and a messenger post's emoji bullet before a
paragraph opening with a bare title, "🔹 Министр подчеркнул, что … «…»" (1146). Each test was seen failing once on a
planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 4, 23)


# plant: the _en_subject_past_relative branch dropped from quotes._paragraph_subjects
def test_he_after_a_name_with_a_capitalised_appositive_and_a_relative_clause():
    text = ("Deputy Minister Gábor Kovács opened the fair in Almaty. \"Kazakhstan is our key partner in the region,\" "
            "Mr Kovács said.\n\nMárta Szabó, Chair of the Budapest Export Council, who led the business group, said "
            "the talks had gone better than planned. \"Our firms will be back in the autumn with a bigger team,\" "
            "she said.")
    assert proposed.quotes(text, DAY) == [
        ("Gábor Kovács", "Kazakhstan is our key partner in the region"),
        ("Márta Szabó", "Our firms will be back in the autumn with a bigger team")]
    other = ("Trade Minister Ömer Bolat met investors in Tashkent. \"The corridor must work all year,\" Bolat said.\n\n"
             "Dilshod Rakhimov, Head of the Uzbek Textile Association, whose members export to Türkiye, told "
             "reporters the numbers were rising. \"We will double our deliveries within two years,\" he said.")
    assert proposed.quotes(other, DAY) == [
        ("Ömer Bolat", "The corridor must work all year"),
        ("Dilshod Rakhimov", "We will double our deliveries within two years")]


# plant: the English "the prime minister" taken out of people.Resolver._resolve's round 37 branch (the premier
# anaphor after a minister spoke)
def test_the_prime_minister_after_his_foreign_minister_spoke():
    text = ("Prime Minister Viktor Orbán held talks in Ashgabat on Tuesday, accompanied by Minister of Foreign "
            "Affairs and Trade Péter Szijjártó.\n\n\"Our companies are ready to build here,\" Minister Szijjártó said "
            "at the forum.\n\nBefore leaving, the Prime Minister said: \"This partnership will outlast all of us "
            "and our governments.\"")
    assert proposed.quotes(text, DAY) == [
        ("Péter Szijjártó", "Our companies are ready to build here"),
        ("Viktor Orbán", "This partnership will outlast all of us and our governments.")]
    other = ("Prime Minister Viktor Orbán arrived in Baku with Foreign Minister Péter Szijjártó.\n\n\"The gas deal "
             "is nearly done,\" Szijjártó told reporters.\n\nAt the dinner, the prime minister said: \"Hungary "
             "will never forget who helped it in the hard winters.\"")
    assert proposed.quotes(other, DAY) == [
        ("Péter Szijjártó", "The gas deal is nearly done"),
        ("Viktor Orbán", "Hungary will never forget who helped it in the hard winters.")]


# plant: the quoted-pieces-out second reading dropped from quotes._colon_subject
def test_a_partial_quote_inside_a_turkish_colon_lead():
    text = ("Türkmenistan Dışişleri Bakanı Reşid Meredov Ankara'ya geldi.\n\nTürkmen Bakan Meredov da ülkesinin "
            "demiryolu projelerine \"uzun vadeli bir bakış\" ile yaklaştığını belirterek, şunları kaydetti:\n\n"
            "\"Kars hattı üzerinden yük taşımacılığını iki katına çıkarmak istiyoruz. Bu yıl ilk adımları atacağız.\"")
    assert proposed.quotes(text, DAY) == [
        ("Rashid Meredov", "uzun vadeli bir bakış"),
        ("Rashid Meredov", "Kars hattı üzerinden yük taşımacılığını iki katına çıkarmak istiyoruz. Bu yıl ilk "
                           "adımları atacağız.")]
    other = ("Dışişleri Bakanı Hakan Fidan Bakü'de temaslarda bulundu.\n\nFidan, enerji işbirliğinin \"yeni bir "
             "döneme girdiğini\" vurgulayarak şöyle konuştu:\n\n\"Hazar'ın doğusu ile batısı arasındaki bağları "
             "her alanda güçlendireceğiz.\"")
    assert proposed.quotes(other, DAY) == [
        ("Hakan Fidan", "yeni bir döneme girdiğini"),
        ("Hakan Fidan", "Hazar'ın doğusu ile batısı arasındaki bağları her alanda güçlendireceğiz.")]


# plant: quotes._past_emoji_bullets returning the spans unchanged
def test_a_bare_title_after_an_emoji_bullet():
    text = ("Министр торговли и интеграции РК Арман Шаккалиев провёл переговоры в Ашхабаде.\n\n"
            "🔹 Министр подчеркнул, что цель по товарообороту «вполне реальна при нынешних темпах роста экспорта».")
    assert proposed.quotes(text, DAY) == [
        ("Arman Shakkaliyev", "вполне реальна при нынешних темпах роста экспорта")]
    other = ("Министр торговли и интеграции РК Арман Шаккалиев посетил порт Актау.\n\n"
             "✅ Министр отметил, что новые паромы «позволят вдвое сократить время доставки грузов».")
    assert proposed.quotes(other, DAY) == [
        ("Arman Shakkaliyev", "позволят вдвое сократить время доставки грузов")]

"""Round 84 (own): two faults the round's speed work found on the bench's padded articles.

- A visit's later sentence telling companies' deals at its forum in round 79's form ("a business forum … brought
  together some 90 companies, which signed four commercial agreements") crashed the extraction when the lead had
  counted the states' documents first and a Russian paragraph before named another visit: the count was read from a
  fixed three of the pattern's four alternatives, and the fourth's count came back as nothing.
- A trade figure's period taken from the longest period that holds it (a first quarter's figure told after figures
  of January–May and of the first nine months) was chosen from a set by its start alone, so two periods starting
  together were left to the set's order, which Python's hash seed changes between runs: the same article gave two
  readings.
"""
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

from dashboard.ingest import Article, propose

ROOT = Path(__file__).resolve().parents[2]

TWO_VISITS_AND_A_FORUM = (
    "В Ташкенте в среду прошло заседание межправительственной комиссии. Азербайджанскую делегацию возглавил "
    "вице-премьер-министр Шахин Мустафаев.\n\n"
    "AKTAU, May 14 (Kazinform) – Kazakhstan and Azerbaijan signed six intergovernmental documents in Aktau on "
    "Thursday at the meeting of their intergovernmental commission.\n\n"
    "Azerbaijani Deputy Prime Minister Shahin Mustafayev, who co-chairs the commission, arrived in the port city on "
    "Wednesday at the head of a delegation. He held talks with his Kazakh co-chair before the plenary session.\n\n"
    "On the sidelines, a business forum at the regional akimat brought together some 90 companies, which signed "
    "four commercial agreements worth a combined $40 million.")


def test_forum_deals_told_in_round_79s_form_after_another_visit_are_read_without_a_crash():
    # plant: `_en_forum_company_deals` reading `m[1] or m[2] or m[3]` again (the fourth alternative's count is None)
    visits = [p.record for p in propose(Article(TWO_VISITS_AND_A_FORUM, date(2026, 5, 16), "", "x", "en"))
              if p.table == "visits"]
    assert any(v["host_country"] == "Kazakhstan" and int(v["documents_signed"]) >= 4 for v in visits)


SCRIPT = """
import sys
from datetime import date
sys.path.insert(0, {root!r})
from dashboard.ingest import Article, propose
text = open({path!r}, encoding="utf-8").read()
# each figure's period with the figure's place: which figure a period is given to is what varied
print(sorted((p.span, p.record["period"]) for p in propose(Article(text, date(2026, 11, 12), "", "x", "en"))
             if p.table == "trade"))
"""

# Four paragraphs of the bench's padded articles, which are gold articles run together (the tie needs this mix:
# two periods of one start, 'ilk dokuz ayında' and 'январе–мае', each holding a first quarter told after them);
# invented text of the same shape did not reach the tie, so this one is kept as found.
FIVE_AND_NINE_MONTHS = (
    'Bu yılın ilk dokuz ayında ise ticaret hacmi 3,8 milyar doları aştı; artış, geçen yılın aynı dönemine '
    "kıyasla yüzde 11,4. Türkiye'nin Macaristan'a ihracatı ise 2025 yılında yaklaşık 2,1 milyar dolar "
    'olarak gerçekleşti.\n\n'
    'В своём выступлении глава туркменской делегации отметил устойчивую положительную динамику '
    'товарооборота. По итогам 2025 года объём взаимной торговли составил 1 млрд 136,4 млн долларов США. В '
    'январе–мае текущего года товарооборот вырос на 14,2 процента по сравнению с аналогичным периодом '
    'прошлого года и достиг порядка 540 млн долларов. При этом экспорт туркменских товаров в Узбекистан '
    'за пять месяцев составил свыше 310 млн долларов.\n\n'
    "Tablonun olumsuz tarafında Türkmenistan var. Ocak-mart döneminde Türkmenistan'dan ithalat yüzde 6,3 "
    'azalarak 182 milyon 350 bin dolara geriledi. Uzmanlar, iki ülke arasındaki ticaret potansiyelinin 5 '
    'milyar doların üzerinde olduğunu vurgulasa da bu rakama yakın bir seviye henüz görülmedi.\n\n'
    "Kırgızistan'a ihracat ilk çeyrekte 300 milyon dolara yaklaştı. Bunun 71 milyon dolarlık kısmını "
    'tekstil ve hazır giyim ürünleri oluşturdu. Gözlemci üye Macaristan ile ticaret hacmi ise üç ayda 1 '
    "milyar doları biraz aştı. KKTC'ye ihracatın ise 2025 yılında 2 milyar doları geçtiği hatırlatıldı.")


def test_the_period_a_figure_is_of_is_the_same_under_every_hash_seed(tmp_path):
    # plant: `min(wholes, key=_period_start)` again in figures._whole_of_the_part (ties left to the set's order)
    article = tmp_path / "article.txt"
    article.write_text(FIVE_AND_NINE_MONTHS, encoding="utf-8")
    readings = set()
    for seed in range(6):
        env = dict(os.environ, PYTHONHASHSEED=str(seed))
        out = subprocess.run([sys.executable, "-c", SCRIPT.format(root=str(ROOT), path=str(article))], env=env,
                             capture_output=True, text=True, check=True).stdout
        readings.add(out)
    assert len(readings) == 1

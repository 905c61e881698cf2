"""Seventy-third round, border73 (docs/extraction.md: visits.py): the forms behind the dev/1166 miss, told in short
invented sentences. Russian "пересек границу" (crossed the border) is arriving, as English "crossed the border" is;
such a crossing told with no day is of the day of the lead just before that tells an event at a border post (the
source's line may stand between); and the side of the border post one is met on, named by its state's adjective ("на
кыргызской стороне пункта пропуска"), is the host, with no city (a checkpoint is none, nor is the region after it).
Each test was seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 5, 14)


# plant: the _RU_CROSSED_THE_BORDER alternative dropped from visits._LOCAL_VISIT
def test_crossing_the_border_in_russian_is_arriving():
    text = "Премьер-министр Казахстана Олжас Бектенов 12 мая пересек границу Кыргызстана на автомобиле."
    assert proposed.visits(text, DAY) == [("Olzhas Bektenov", "Kyrgyzstan", "2026-05-12", "", "other")]
    other = ("Председатель Кабинета министров Кыргызстана Адылбек Касымалиев во вторник, 12 мая, пересек "
             "государственную границу Узбекистана.")
    assert proposed.visits(other, DAY) == [("Adylbek Kasymaliyev", "Uzbekistan", "2026-05-12", "", "other")]


# plant: visits._day_of_the_border_post_before returning [] (so too, apart: BORDER_POST_SENTENCES = 1, the second
# example, with the source's line between, then proposing nothing)
def test_a_dayless_crossing_is_of_the_day_of_the_border_post_event_before():
    text = ("Премьер-министры Казахстана и Кыргызстана Олжас Бектенов и Адылбек Касымалиев 12 мая открыли новый "
            "пункт пропуска на границе. Олжас Бектенов пересек границу пешком и был встречен на кыргызской стороне "
            "пункта пропуска.")
    assert proposed.visits(text, DAY) == [("Olzhas Bektenov", "Kyrgyzstan", "2026-05-12", "", "other")]
    other = ("Адылбек Касымалиев и Олжас Бектенов во вторник, 12 мая, осмотрели пограничный терминал. Об этом "
             "сообщает пресс-служба правительства. Касымалиев пересек границу и был встречен на казахстанской "
             "стороне границы.")
    assert proposed.visits(other, DAY) == [("Adylbek Kasymaliyev", "Kazakhstan", "2026-05-12", "", "other")]
    # no border post told before: the crossing has no day, no visit
    none = ("Премьер-министры Казахстана и Кыргызстана 12 мая обсудили торговлю. Олжас Бектенов пересек границу и "
            "был встречен на кыргызской стороне пункта пропуска.")
    assert proposed.visits(none, DAY) == []


# plant: visits._side_of_the_border_post returning None
def test_the_side_of_the_border_post_is_the_host_with_no_city():
    text = ("Премьер-министры Казахстана и Кыргызстана 12 мая открыли пункт пропуска на границе. Глава "
            "казахстанского правительства пересек границу и был встречен на кыргызской стороне пункта пропуска в "
            "Чуйской области.")
    assert proposed.visits(text, DAY) == [("Olzhas Bektenov", "Kyrgyzstan", "2026-05-12", "", "other")]
    other = ("Касымалиев и Бектенов 12 мая приняли участие в открытии пограничного терминала. Касымалиев пересек "
             "границу и был встречен на казахстанской стороне границы в Жамбылской области.")
    assert proposed.visits(other, DAY) == [("Adylbek Kasymaliyev", "Kazakhstan", "2026-05-12", "", "other")]

"""The closed vocabularies of the raw files (data/raw/README.md). Kept apart from the pandera schemas
that enforce them, so that pages and the extraction can name them without importing pandera (a second
of every cold start: docs/benchmarks.md)."""
FLOWS = ("turnover", "export", "import")
VISIT_TYPES = ("state", "official", "working", "summit", "other")
TOPICS = ("politics", "trade", "culture", "security", "energy", "transport")
LANGUAGES = ("en", "ru", "tr", "az", "hu", "kk", "uz", "tg")
# How the source words a figure ("about $200m", "over $2bn"): see data/raw/README.md.
QUALIFIERS = ("exact", "about", "over", "under", "approaching", "at least")
# What a trade figure covers: all goods, or one part the source names.
SCOPES = ("all goods", "non-oil", "natural gas")
MAX_FLAG_REASON = 200  # a short reason; the note holds the details
MAX_USD_M = 1_000_000  # $1 trillion: no bilateral or group figure here comes near it

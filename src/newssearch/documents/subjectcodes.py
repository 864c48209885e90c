"""The subject codes wire archives file their stories under, by name, as sections (see ``sections``).

* **RCV1**'s topic codes (``<codes class="bip:topics:1.0"><code code="GCRIM">``): the names of Reuters's published
  list (RCV1-v2's 103 topics, Lewis et al. 2004), written in sentence case ("CRIME, LAW ENFORCEMENT": "Crime, law
  enforcement"); a code the list does not name stays the code. Its country and industry codes are no sections.
* **IPTC subject codes** (NewsML 1.x's ``<SubjectCode><Subject FormalName="15000000"/>``): eight digits, the first
  two the subject (``02001000`` is a matter of ``02000000``, crime, law and justice), named by IPTC's 17 subjects;
  a code of any other scheme is none.
* **Reuters-21578**'s topics (``<TOPICS><D>earn</D></TOPICS>``): the names the collection's
  ``cat-descriptions_120396.txt`` gives ("Earnings and Earnings Forecasts"); a commodity's code is its name
  ("cocoa", "veg-oil"). Its places, people, organisations and exchanges are no sections.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

RCV1_TOPICS_CLASS = "bip:topics:1.0"

_RCV1_PUBLISHED = """
C11 STRATEGY/PLANS|C12 LEGAL/JUDICIAL|C13 REGULATION/POLICY|C14 SHARE LISTINGS|C15 PERFORMANCE|C151 ACCOUNTS/EARNINGS
C1511 ANNUAL RESULTS|C152 COMMENT/FORECASTS|C16 INSOLVENCY/LIQUIDITY|C17 FUNDING/CAPITAL|C171 SHARE CAPITAL
C172 BONDS/DEBT ISSUES|C173 LOANS/CREDITS|C174 CREDIT RATINGS|C18 OWNERSHIP CHANGES|C181 MERGERS/ACQUISITIONS
C182 ASSET TRANSFERS|C183 PRIVATISATIONS|C21 PRODUCTION/SERVICES|C22 NEW PRODUCTS/SERVICES|C23 RESEARCH/DEVELOPMENT
C24 CAPACITY/FACILITIES|C31 MARKETS/MARKETING|C311 DOMESTIC MARKETS|C312 EXTERNAL MARKETS|C313 MARKET SHARE
C32 ADVERTISING/PROMOTION|C33 CONTRACTS/ORDERS|C331 DEFENCE CONTRACTS|C34 MONOPOLIES/COMPETITION|C41 MANAGEMENT
C411 MANAGEMENT MOVES|C42 LABOUR|CCAT CORPORATE/INDUSTRIAL
E11 ECONOMIC PERFORMANCE|E12 MONETARY/ECONOMIC|E121 MONEY SUPPLY|E13 INFLATION/PRICES|E131 CONSUMER PRICES
E132 WHOLESALE PRICES|E14 CONSUMER FINANCE|E141 PERSONAL INCOME|E142 CONSUMER CREDIT|E143 RETAIL SALES
E21 GOVERNMENT FINANCE|E211 EXPENDITURE/REVENUE|E212 GOVERNMENT BORROWING|E31 OUTPUT/CAPACITY
E311 INDUSTRIAL PRODUCTION|E312 CAPACITY UTILIZATION|E313 INVENTORIES|E41 EMPLOYMENT/LABOUR|E411 UNEMPLOYMENT
E51 TRADE/RESERVES|E511 BALANCE OF PAYMENTS|E512 MERCHANDISE TRADE|E513 RESERVES|E61 HOUSING STARTS
E71 LEADING INDICATORS|ECAT ECONOMICS
G15 EUROPEAN COMMUNITY|G151 EC INTERNAL MARKET|G152 EC CORPORATE POLICY|G153 EC AGRICULTURE POLICY
G154 EC MONETARY/ECONOMIC|G155 EC INSTITUTIONS|G156 EC ENVIRONMENT ISSUES|G157 EC COMPETITION/SUBSIDY
G158 EC EXTERNAL RELATIONS|G159 EC GENERAL|GCAT GOVERNMENT/SOCIAL|GCRIM CRIME, LAW ENFORCEMENT|GDEF DEFENCE
GDIP INTERNATIONAL RELATIONS|GDIS DISASTERS AND ACCIDENTS|GENT ARTS, CULTURE, ENTERTAINMENT
GENV ENVIRONMENT AND NATURAL WORLD|GFAS FASHION|GHEA HEALTH|GJOB LABOUR ISSUES|GMIL MILLENNIUM ISSUES|GOBIT OBITUARIES
GODD HUMAN INTEREST|GPOL DOMESTIC POLITICS|GPRO BIOGRAPHIES, PERSONALITIES, PEOPLE|GREL RELIGION
GSCI SCIENCE AND TECHNOLOGY|GSPO SPORTS|GTOUR TRAVEL AND TOURISM|GVIO WAR, CIVIL WAR|GVOTE ELECTIONS|GWEA WEATHER
GWELF WELFARE, SOCIAL SERVICES
M11 EQUITY MARKETS|M12 BOND MARKETS|M13 MONEY MARKETS|M131 INTERBANK MARKETS|M132 FOREX MARKETS|M14 COMMODITY MARKETS
M141 SOFT COMMODITIES|M142 METALS TRADING|M143 ENERGY MARKETS|MCAT MARKETS
"""


def _sentence_case(name: str) -> str:
    """``EC INTERNAL MARKET``: "EC internal market" (the European Community's initials kept)."""
    return re.sub(r"^Ec\b", "EC", name.capitalize())


# "|" parts the entries; a line's end is one too
RCV1_TOPICS: dict[str, str] = {code: _sentence_case(name)
                               for entry in _RCV1_PUBLISHED.replace("\n", "|").split("|") if entry.strip()
                               for code, name in [entry.strip().split(" ", 1)]}

IPTC_SUBJECTS: dict[str, str] = {
    "01": "arts, culture and entertainment", "02": "crime, law and justice", "03": "disaster and accident",
    "04": "economy, business and finance", "05": "education", "06": "environmental issue", "07": "health",
    "08": "human interest", "09": "labour", "10": "lifestyle and leisure", "11": "politics",
    "12": "religion and belief", "13": "science and technology", "14": "social issue", "15": "sport",
    "16": "unrest, conflicts and war", "17": "weather",
}
_IPTC_CODE = re.compile(r"(?:[a-z]+:)?(\d\d)\d{6}", re.IGNORECASE)  # 15054000, subj:15054000

REUTERS_21578_TOPICS: dict[str, str] = {
    "money-fx": "Money/Foreign Exchange", "ship": "Shipping", "interest": "Interest Rates",
    "bop": "Balance of Payments", "trade": "Trade", "cpi": "Consumer Price Index", "wpi": "Wholesale Price Index",
    "jobs": "Unemployment", "ipi": "Industrial Production Index", "cpu": "Capacity Utilisation",
    "gnp": "Gross National/Domestic Product", "money-supply": "Money Supply", "reserves": "Reserves",
    "lei": "Leading Economic Indicators", "housing": "Housing Starts", "income": "Personal Income",
    "inventories": "Inventories", "instal-debt": "Instalment Debt/Consumer Credit", "retail": "Retail Sales",
    "dlr": "U.S. Dollar", "austdlr": "Australian Dollar", "hk": "Hong Kong Dollar", "singdlr": "Singapore Dollar",
    "nzdlr": "New Zealand Dollar", "can": "Canadian Dollar", "stg": "Sterling", "dmk": "D-Mark", "yen": "Japanese Yen",
    "sfr": "Swiss Franc", "ffr": "French Franc", "bfr": "Belgian Franc", "dfl": "Netherlands Guilder/Florin",
    "lit": "Italian Lira", "dkr": "Danish Krone/Crown", "nkr": "Norwegian Krone/Crown", "skr": "Swedish Krona/Crown",
    "mexpeso": "Mexican Peso", "cruzado": "Brazilian Cruzado", "austral": "Argentine Austral",
    "saudriyal": "Saudi Arabian Riyal", "rand": "South African Rand", "rupiah": "Indonesian Rupiah",
    "ringgit": "Malaysian Ringitt", "escudo": "Portuguese Escudo", "peseta": "Spanish Peseta",
    "drachma": "Greek Drachma", "acq": "Mergers/Acquisitions", "earn": "Earnings and Earnings Forecasts",
    "crude": "Crude Oil", "heat": "Heating Oil/Gas Oil", "fuel": "Fuel Oil", "gas": "Gasoline",
    "nat-gas": "Natural Gas", "pet-chem": "Petro-Chemicals", "propane": "Propane", "jet": "Jet and Kerosene",
    "naphtha": "Naphtha",
}


def rcv1_topics(codes: Iterable[str]) -> list[str]:
    """RCV1 topic codes by name (``RCV1_TOPICS``); a code the list does not name, as written."""
    return [RCV1_TOPICS.get(code.strip().upper(), code.strip()) for code in codes if code.strip()]


def iptc_subjects(codes: Iterable[str]) -> list[str]:
    """IPTC subject codes by their subject's name (``IPTC_SUBJECTS``); a code of another scheme, none."""
    return [name for code in codes if (found := _IPTC_CODE.fullmatch(code.strip()))
            and (name := IPTC_SUBJECTS.get(found.group(1)))]


def reuters_21578_topics(codes: Iterable[str]) -> list[str]:
    """Reuters-21578 topics by the collection's names (``REUTERS_21578_TOPICS``); a commodity's, as written."""
    return [REUTERS_21578_TOPICS.get(code.strip().lower(), code.strip()) for code in codes if code.strip()]

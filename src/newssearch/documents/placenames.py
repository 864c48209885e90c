"""The places a dateline names, as a table: towns, cities and regions of New Zealand, Australia, the UK and Ireland,
the US and Canada, the world's capitals, its great cities and its countries. A name without "By" over a story's date
line ("Palmerston North" / "14 March 2024") is the place it was written when this table knows it, no writer's name
(``textbarecredits``, ``textcredits``), though the story under it never names the place.

A name is a place only whole: "Wellington Smith" and "Florence Hamilton" are people's names, whose words are places.
A place is known whatever its letter case, accents, apostrophe, full stops and hyphens ("PALMERSTON NORTH", "Taupo"
and "Taupō", "Hawke’s Bay", "St. Louis", "Stoke on Trent"); "St" is "Saint"; and a city's centre is the city
("Wellington Central", "Auckland CBD"). Narrow on purpose: a small town the table does not know stays a possible
name, as it was; and a place whose name is a person's as often is left out ("Franz Josef", "Glen Innes").
"""

from __future__ import annotations

import re
from functools import cache

from ..folding import fold

# Each region's places, parted by commas; a name written two ways is written both ways.
_NEW_ZEALAND = """
Auckland, Wellington, Christchurch, Hamilton, Tauranga, Napier, Hastings, Dunedin, Palmerston North, Nelson, Rotorua,
New Plymouth, Whangārei, Invercargill, Whanganui, Wanganui, Gisborne, Timaru, Blenheim, Pukekohe, Taupō, Masterton,
Levin, Ashburton, Queenstown, Oamaru, Greymouth, Kaitaia, Kerikeri, Paraparaumu, Porirua, Lower Hutt, Upper Hutt,
Hutt Valley, Hawke's Bay, Bay of Plenty, Bay of Islands, Te Awamutu, Te Kūiti, Te Puke, Te Anau, Te Aroha,
Mount Maunganui, Mt Maunganui, Whakatāne, Wānaka, Kaikōura, Westport, Hokitika, Motueka, Rangiora, Kāpiti Coast,
Kāpiti, West Coast, North Shore, South Auckland, West Auckland, East Auckland, Central Otago, Waiheke Island, Waiheke,
Great Barrier Island, Stewart Island, Chatham Islands, Banks Peninsula, Milford Sound, Golden Bay, Coromandel,
Northland, Waikato, Taranaki, Manawatū, Manawatū-Whanganui, Wairarapa, Marlborough, Tasman, Canterbury, Otago,
Southland, Matamata, Morrinsville, Huntly, Ōtaki, Feilding, Dannevirke, Waipukurau, Wairoa, Ōpōtiki, Tokoroa,
Cromwell, Gore, Balclutha, Mosgiel, Port Chalmers, Lyttelton, Akaroa, Kaiapoi, Rolleston, Waimate, Twizel,
Arthur's Pass, Picton, Havelock North, Martinborough, Featherston, Greytown, Carterton, Ōtorohanga,
Raglan, Ngāruawāhia, Paeroa, Waihī, Waihī Beach, Katikati, Whitianga, Dargaville, Kaikohe, Paihia, Warkworth, Ōrewa,
Takapuna, Manukau, Papakura, Ōtāhuhu, Onehunga, Ponsonby, Māngere, Ōtara, Papatoetoe, Mount Albert, Mount Eden,
Mt Eden, Mount Roskill, Mount Wellington, Point Chevalier, Karori, Miramar, Island Bay, Johnsonville,
Petone, Wainuiomata, Riccarton, New Brighton, Hamilton East, Hamilton West, Dunedin North, Ōtautahi, Tāmaki Makaurau,
Te Whanganui-a-Tara, Aotearoa, Ruapehu, Tongariro, Ōhakune, Taihape, Hāwera, Stratford, Ōpunake, Te Kauwhata,
Thames, Kawerau, Murupara, Tūrangi, Kaikohe, Ōamaru, Alexandra, Clyde, Arrowtown, Te Atatū, Henderson, Albany,
Manurewa, Pakuranga, Botany Downs, Howick, Avondale, Newmarket, Parnell, Remuera, Ellerslie, Epsom
"""

_AUSTRALIA = """
Sydney, Melbourne, Brisbane, Perth, Adelaide, Canberra, Hobart, Darwin, Gold Coast, Sunshine Coast, Central Coast,
Newcastle, Wollongong, Geelong, Townsville, Cairns, Toowoomba, Ballarat, Bendigo, Albury, Wodonga, Launceston,
Rockhampton, Bunbury, Bundaberg, Coffs Harbour, Wagga Wagga, Hervey Bay, Mildura, Shepparton, Port Macquarie,
Tamworth, Traralgon, Dubbo, Geraldton, Bowral, Nowra, Lismore, Bathurst, Warrnambool, Kalgoorlie, Burnie,
Alice Springs, Broome, Mount Gambier, Port Augusta, Port Lincoln, Port Hedland, Karratha, Broken Hill, Mount Isa,
Byron Bay, Fremantle, Parramatta, Penrith, Campbelltown, Blacktown, Bondi, Manly, Cronulla, Blue Mountains,
Hunter Valley, Barossa Valley, New South Wales, Victoria, Queensland, South Australia, Western Australia,
Northern Territory, Tasmania, Australian Capital Territory, Kangaroo Island, Fraser Island, K'gari,
Surfers Paradise, St Kilda, Footscray, Frankston, Dandenong, Box Hill, Ipswich, Noosa, Caloundra, Maroochydore,
Mandurah, Rockingham, Joondalup, Wagga, Gladstone, Mackay, Orange, Devonport, Katherine, Tennant Creek, Uluru
"""

_BRITAIN_AND_IRELAND = """
London, Birmingham, Manchester, Liverpool, Leeds, Sheffield, Bristol, Newcastle upon Tyne, Nottingham, Leicester,
Coventry, Bradford, Cardiff, Edinburgh, Glasgow, Aberdeen, Dundee, Inverness, Stirling, Belfast, Derry, Londonderry,
Swansea, Newport, Wrexham, Bangor, Plymouth, Exeter, Southampton, Portsmouth, Brighton, Brighton and Hove, Reading,
Oxford, Cambridge, Milton Keynes, Northampton, Norwich, Peterborough, York, Hull, Kingston upon Hull,
Stoke-on-Trent, Wolverhampton, Derby, Sunderland, Middlesbrough, Durham, Carlisle, Lancaster, Preston, Blackpool,
Bolton, Wigan, Stockport, Salford, Oldham, Rochdale, Huddersfield, Wakefield, Doncaster, Rotherham, Barnsley,
Lincoln, Chester, Bath, Gloucester, Cheltenham, Worcester, Hereford, Shrewsbury, Telford, Luton, Watford,
St Albans, Chelmsford, Colchester, Southend, Southend-on-Sea, Dover, Maidstone, Tunbridge Wells,
Royal Tunbridge Wells, Guildford, Woking, Crawley, Bournemouth, Poole, Swindon, Salisbury, Winchester, Basingstoke,
Slough, High Wycombe, Aylesbury, Bedford, Stevenage, Harlow, Basildon, Great Yarmouth, King's Lynn,
Bury St Edmunds, Hemel Hempstead, Welwyn Garden City, Sutton Coldfield, Leamington Spa, Royal Leamington Spa,
Stratford-upon-Avon, Burton upon Trent, Weston-super-Mare, Bishop Auckland, Newton Abbot, Torquay, Truro, Penzance,
St Ives, St Andrews, Fort William, Isle of Wight, Isle of Man, Isle of Skye, Channel Islands, Jersey, Guernsey,
Scotland, Wales, England, Northern Ireland, Great Britain, United Kingdom, Westminster, Whitehall, Canary Wharf,
City of London, East London, West London, North London, South London, Kensington, Chelsea, Camden, Hackney,
Islington, Brixton, Croydon, Wimbledon, Greenwich, Tower Hamlets, Notting Hill, Hampstead, Lewisham, Peckham,
Southwark, Lambeth, Ealing, Harrow, Barnet, Enfield, Wembley, Heathrow, Gatwick, Dublin, Cork, Galway, Limerick,
Waterford, Kilkenny, Sligo, Ireland, Republic of Ireland
"""

_NORTH_AMERICA = """
New York, New York City, Los Angeles, Chicago, Houston, Phoenix, Philadelphia, San Antonio, San Diego, Dallas,
San Jose, Austin, Jacksonville, Fort Worth, Columbus, Charlotte, San Francisco, Indianapolis, Seattle, Denver,
Washington, Washington DC, Washington D.C., Boston, El Paso, Nashville, Detroit, Oklahoma City, Portland, Las Vegas,
Memphis, Louisville, Baltimore, Milwaukee, Albuquerque, Tucson, Fresno, Sacramento, Atlanta, Kansas City,
Colorado Springs, Omaha, Raleigh, Miami, Long Beach, Virginia Beach, Oakland, Minneapolis, Tulsa, Tampa, Arlington,
New Orleans, Wichita, Cleveland, Bakersfield, Anaheim, Honolulu, Santa Ana, Riverside, Corpus Christi, Lexington,
Stockton, Saint Paul, Saint Louis, Cincinnati, Pittsburgh, Greensboro, Anchorage, Plano, Orlando, Irvine, Newark,
Toledo, Chula Vista, Fort Wayne, Jersey City, Saint Petersburg, Laredo, Madison, Chandler, Buffalo, Lubbock,
Scottsdale, Reno, Winston-Salem, North Las Vegas, Norfolk, Chesapeake, Hialeah, Boise, Richmond, Baton Rouge,
Spokane, Des Moines, Tacoma, San Bernardino, Modesto, Santa Clarita, Fayetteville, Rochester, Huntington Beach,
Salt Lake City, Grand Rapids, Amarillo, Yonkers, Little Rock, Huntsville, Shreveport, Overland Park, Tallahassee,
Knoxville, Providence, Fort Lauderdale, Chattanooga, Tempe, Cape Coral, Santa Rosa, Ann Arbor, Palm Springs,
Palm Beach, West Palm Beach, Santa Fe, Santa Barbara, Santa Monica, Beverly Hills, Hollywood, Malibu, Pasadena,
Berkeley, Palo Alto, Silicon Valley, Mountain View, Cupertino, Menlo Park, Redmond, Cedar Rapids, Sioux Falls,
Green Bay, Fargo, Billings, Cheyenne, Bismarck, Juneau, Carson City, Jefferson City, Springfield, Hartford,
Montpelier, Albany, Trenton, Harrisburg, Annapolis, Topeka, Olympia, Lansing, Long Island, Staten Island, Brooklyn,
Manhattan, Queens, The Bronx, Bronx, Harlem, Capitol Hill, Wall Street, Martha's Vineyard, Cape Cod, Key West,
Miami Beach, Fort Myers, Daytona Beach, Myrtle Beach, Atlantic City, Niagara Falls, Lake Tahoe, Pearl Harbor,
Alabama, Alaska, Arizona, Arkansas, California, Colorado, Connecticut, Delaware, Florida, Hawaii, Idaho, Illinois,
Indiana, Iowa, Kansas, Kentucky, Louisiana, Maine, Maryland, Massachusetts, Michigan, Minnesota, Mississippi,
Missouri, Montana, Nebraska, Nevada, New Hampshire, New Jersey, New Mexico, North Carolina, North Dakota, Ohio,
Oklahoma, Oregon, Pennsylvania, Rhode Island, South Carolina, South Dakota, Tennessee, Texas, Utah, Vermont,
Virginia, West Virginia, Wisconsin, Wyoming, Puerto Rico, Guam, Toronto, Montreal, Montréal, Vancouver, Calgary,
Edmonton, Winnipeg, Quebec City, Québec, Halifax, Saskatoon, Regina, British Columbia, Nova Scotia, New Brunswick,
Newfoundland, Prince Edward Island, Ontario, Alberta, Manitoba, Saskatchewan, Yukon, Nunavut
"""

_WORLD = """
Kabul, Tirana, Algiers, Andorra la Vella, Luanda, Buenos Aires, Yerevan, Vienna, Baku, Nassau, Manama, Dhaka,
Bridgetown, Minsk, Brussels, Belmopan, Porto-Novo, Thimphu, La Paz, Sucre, Sarajevo, Gaborone, Brasília,
Bandar Seri Begawan, Sofia, Ouagadougou, Gitega, Bujumbura, Praia, Phnom Penh, Yaoundé, Ottawa, Bangui, N'Djamena,
Santiago, Beijing, Bogotá, Moroni, Kinshasa, Brazzaville, San José, Yamoussoukro, Abidjan, Zagreb, Havana, Nicosia,
Prague, Copenhagen, Djibouti, Roseau, Santo Domingo, Dili, Quito, Cairo, San Salvador, Malabo, Asmara, Tallinn,
Mbabane, Addis Ababa, Suva, Helsinki, Paris, Libreville, Banjul, Tbilisi, Berlin, Accra, Athens, Saint George's,
Guatemala City, Conakry, Bissau, Georgetown, Port-au-Prince, Tegucigalpa, Budapest, Reykjavík, New Delhi, Delhi,
Jakarta, Tehran, Baghdad, Jerusalem, Tel Aviv, Rome, Kingston, Tokyo, Amman, Astana, Nairobi, Tarawa, Pristina,
Kuwait City, Bishkek, Vientiane, Riga, Beirut, Maseru, Monrovia, Tripoli, Vaduz, Vilnius, Luxembourg,
Antananarivo, Lilongwe, Kuala Lumpur, Putrajaya, Malé, Bamako, Valletta, Majuro, Nouakchott, Port Louis,
Mexico City, Palikir, Chișinău, Monaco, Ulaanbaatar, Ulan Bator, Podgorica, Rabat, Maputo, Naypyidaw, Nay Pyi Taw,
Yangon, Rangoon, Windhoek, Kathmandu, Amsterdam, The Hague, Managua, Niamey, Abuja, Lagos, Pyongyang, Skopje, Oslo,
Muscat, Islamabad, Ramallah, Panama City, Port Moresby, Asunción, Lima, Manila, Warsaw, Lisbon, Doha, Bucharest,
Moscow, Kigali, Basseterre, Castries, Kingstown, Apia, San Marino, São Tomé, Riyadh, Dakar, Belgrade, Freetown,
Singapore, Bratislava, Ljubljana, Honiara, Mogadishu, Pretoria, Cape Town, Bloemfontein, Johannesburg, Seoul, Juba,
Madrid, Colombo, Sri Jayawardenepura Kotte, Khartoum, Paramaribo, Stockholm, Bern, Geneva, Zurich, Damascus,
Taipei, Dushanbe, Dodoma, Dar es Salaam, Bangkok, Lomé, Nuku'alofa, Port of Spain, Tunis, Ankara, Istanbul,
Ashgabat, Funafuti, Kampala, Kyiv, Kiev, Abu Dhabi, Dubai, Montevideo, Tashkent, Port Vila, Vatican City, Caracas,
Hanoi, Ho Chi Minh City, Saigon, Sanaa, Sana'a, Lusaka, Harare, Hong Kong, Macau, Avarua, Rarotonga, Alofi,
Nouméa, Papeete, Pago Pago, Shanghai, Mumbai, Kolkata, Chennai, Bangalore, Bengaluru, Hyderabad, Karachi, Lahore,
Osaka, Kyoto, Busan, Guangzhou, Shenzhen, Wuhan, Chengdu, São Paulo, Rio de Janeiro, Barcelona, Milan, Naples,
Munich, Hamburg, Frankfurt, Cologne, Marseille, Lyon, Nice, Rotterdam, Antwerp, Gaza, Gaza City, West Bank,
Kharkiv, Odesa, Odessa, Mariupol, Aleppo, Mosul, Basra, Benghazi, Jeddah, Mecca, Medina, Casablanca, Alexandria,
Durban, Gqeberha, Port Elizabeth, Mombasa, Kano, Kandahar, Peshawar, Chittagong, Phuket, Chiang Mai, Bali,
Denpasar, Cebu, New Zealand, United States, United States of America, South Africa, South Korea, North Korea,
Saudi Arabia, Sri Lanka, Costa Rica, El Salvador, Sierra Leone, Burkina Faso, Papua New Guinea, Solomon Islands,
Cook Islands, Marshall Islands, New Caledonia, French Polynesia, American Samoa, Cape Verde, Cabo Verde,
Czech Republic, Dominican Republic, Central African Republic, Democratic Republic of Congo,
Democratic Republic of the Congo, East Timor, Timor-Leste, Equatorial Guinea, Ivory Coast, Côte d'Ivoire,
Saint Lucia, Trinidad and Tobago, United Arab Emirates, Western Sahara, North Macedonia, Bosnia and Herzegovina,
South Sudan, Australia, Fiji, Samoa, Tonga, Vanuatu, Kiribati, Tuvalu, Nauru, Niue, Tokelau, China, Japan, India,
Indonesia, Pakistan, Bangladesh, Afghanistan, Iran, Iraq, Israel, Palestine, Lebanon, Syria, Jordan, Egypt, Libya,
Turkey, Türkiye, Russia, Ukraine, Belarus, Poland, Germany, France, Spain, Portugal, Italy, Greece, Netherlands,
Belgium, Switzerland, Austria, Sweden, Norway, Denmark, Finland, Iceland, Canada, Mexico, Brazil, Argentina, Chile,
Peru, Colombia, Venezuela, Nigeria, Kenya, Ethiopia, Ghana, Sudan, Somalia, Yemen, Qatar, Kuwait, Bahrain, Oman,
Vietnam, Thailand, Cambodia, Laos, Myanmar, Malaysia, Philippines, Taiwan, Mongolia, Kazakhstan, Uzbekistan
"""

# "St Louis", "St. Louis" and "Saint Louis" are one place; "Mt Eden" is "Mount Eden".
_ABBREVIATIONS = {"st": "saint", "mt": "mount", "ft": "fort"}
# Words after a city's name that name a part of it, no surname: "Wellington Central", "Auckland CBD".
_CITY_PARTS = frozenset({"central", "cbd"})
_APART = re.compile(r"[\s\-‐‑–—]+")  # between a place's words: spaces and hyphens ("Stoke-on-Trent")
_LEFT_OUT = re.compile(r"['’ʻ`.]")   # inside them: apostrophes and full stops ("Hawke’s Bay", "St. Louis")


def is_place(name: str) -> bool:
    """Whether ``name``, whole, is a place the table knows (see the module): "Palmerston North", "HAWKE'S BAY",
    "Wellington Central"; not "Wellington Smith", a person's name of a place's word."""
    key = place_key(name)
    if not key:
        return False
    if key in _places():
        return True
    city, _sep, part = key.rpartition(" ")
    return part in _CITY_PARTS and city in _places()


def place_key(name: str) -> str:
    """``name`` as the table holds it: folded (letter case and accents), without apostrophes and full stops, its words
    single spaced, "St" as "Saint" and "Mt" as "Mount"."""
    words = _APART.split(_LEFT_OUT.sub("", fold(name).casefold()).strip())
    return " ".join(_ABBREVIATIONS.get(word, word) for word in words if word)


@cache
def _places() -> frozenset[str]:
    """The keys of every place of the table, made when a name is first asked about."""
    regions = (_NEW_ZEALAND, _AUSTRALIA, _BRITAIN_AND_IRELAND, _NORTH_AMERICA, _WORLD)
    return frozenset(place_key(place) for region in regions for place in region.split(",") if place.strip())

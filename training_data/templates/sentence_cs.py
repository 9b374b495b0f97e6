"""Czech sentence templates: terénní zápisky, zahrádkářské rozhovory, odborný text, muzejní štítky, zprávy.

Latin names do not decline in Czech prose, and vernacular names stand where the nominative is correct.
"""

PLACES = ["Český Krumlov", "Nové Město na Moravě", "Ústí nad Labem", "Hradec Králové", "Karlovy Vary"]
PERSONS = ["Jan Novák", "Pavel Dvořák", "prof. Svoboda", "Tomáš Černý", "Jiří Procházka"]

ORGS = ["Český hydrometeorologický ústav", "Národní muzeum", "Univerzita Karlova", "České dráhy",
"Agentura ochrany přírody"]

TEMPLATES = {
    "any": [
        "Druhý nález ({sci}) pochází ze soukromé zahrady.",
        "Hostitel: [{sci}], det. {person}.",
        "Druh {sci} byl poprvé zaznamenán v roce {year}, lokalita {place}.",
        "Regionální seznam uvádí {sci} jako zdomácnělý druh v {n} krajích.",
        "Podle databáze je {sci} dnes považován za usazený druh.",
        "Určení jako {sci} potvrdila analýza DNA.",
        "Nálezy druhu {sci} z okolí obce {place} ověřil {person}.",
        "Na druhé lokalitě se nám výskyt druhu {sci} nepodařilo potvrdit.",
        "Štítek: {sci}, leg. {person}, {year}.",
    ],
    "plant": [
        "{sci} kvete od května do července na suchých svazích.",
        "Minulý víkend jsem konečně vysadil {sci} k jezírku.",
        "Semena druhu {sci} nejlépe klíčí po období chladu.",
        "Hustý porost druhu {sci} dnes pokrývá železniční násep.",
    ],
    "animal": [
        "{sci} je aktivní hlavně za soumraku.",
        "U přístavu byli chyceni dva mladí jedinci druhu {sci}.",
        "Dospělci druhu {sci} dorůstají asi {n} cm.",
    ],
    "pair": [
        "{sci} a {sci2} byly nalezeny na stejné lokalitě.",
        "Na rozdíl od druhu {sci} snáší {sci2} i brakickou vodu.",
        "Starší autoři často zaměňovali {sci} a {sci2}.",
    ],
    "abbrev": [
        "{sci} je zde běžný a {abbr} byl zaznamenán i dále na severu.",
        "Srovnali jsme {sci} s příbuznými druhy; {abbr} se liší v několika znacích.",
    ],
    "vernacular": [
        "{vern} ({sci}) se šíří podél břehů řeky.",
        "Lidově se mu říká {vern}, botanici ho znají jako {sci}.",
        "{vern} se i přes varování stále prodává v některých zahradnictvích.",
    ],
    "fossil": [
        "Muzejní štítek: {sci}, subfosilní kosti, sebráno {year}.",
        "Pozůstatky vyhynulého druhu {sci} byly nalezeny u obce {place}.",
    ],
    "none": [
        "V roce {year} otevřela instituce {org} pobočku, lokalita {place}.",
        "{person} pracuje od roku {year} pro instituci {org}.",
        "Více než {n} dobrovolníků pomáhalo na Dnech Města.",
        "Silný déšť v pátek uzavřel několik silnic v okolí.",
        "Podle instituce {org} ceny příští rok vzrostou.",
        "Městská rada zasedala v úterý večer.",
        "Tisíce lidí navštívily během svátků Staroměstské náměstí.",
        "{person} hovořil na konferenci o vodním hospodářství.",
        "Náš tým hledá dva terénní asistenty na léto.",
        "Nové Město a Malá Strana byly plné turistů.",
        "Česká televize odvysílala dokument o Jižní Americe.",
    ],
}

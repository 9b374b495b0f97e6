"""Swedish sentence templates: fältanteckningar, trädgårdsprat, facktext, museietiketter och nyheter."""

PLACES = ["Västra Götaland", "Öland", "Norra Kvill", "Södermanland", "Kristianstads Vattenrike", "Gotland"]
PERSONS = ["Erik Lindqvist", "Karin Berg", "professor Holm", "Sofia Ek", "Lars Nyström"]

ORGS = ["Sveriges Meteorologiska och Hydrologiska Institut", "Naturhistoriska Riksmuseet", "Lunds Universitet",
"Svenska Turistföreningen", "Statens Järnvägar"]

TEMPLATES = {
    "any": [
        "Det andra fyndet ({sci}) kom från en privat trädgård.",
        "Värd: [{sci}], det. {person}.",
        "{sci} hittades första gången i {place} år {year}.",
        "Den nationella artlistan anger {sci} som etablerad i {n} län.",
        "Enligt databasen räknas {sci} nu som naturaliserad.",
        "Bestämningen som {sci} bekräftades med DNA.",
        "Fynd av {sci} från {place} har granskats av {person}.",
        "Vi kunde inte återfinna {sci} på den andra lokalen.",
        "Etikett: {sci}, leg. {person}, {year}.",
    ],
    "plant": [
        "{sci} blommar från maj till juli på torra sluttningar.",
        "I helgen planterade jag äntligen {sci} vid dammen.",
        "Fröna av {sci} gror bäst efter en kall period.",
    ],
    "animal": [
        "{sci} är mest aktiv i skymningen.",
        "Två unga individer av {sci} fångades vid hamnen.",
        "Vuxna individer av {sci} blir omkring {n} cm långa.",
    ],
    "pair": [
        "{sci} och {sci2} hittades på samma lokal.",
        "Till skillnad från {sci} tål {sci2} bräckt vatten.",
        "Äldre författare förväxlade ofta {sci} med {sci2}.",
    ],
    "abbrev": [
        "{sci} är vanlig här, och {abbr} noterades också längre norrut.",
        "Vi jämförde {sci} med närstående arter; {abbr} skiljer sig i flera avseenden.",
    ],
    "vernacular": [
        "{vern} ({sci}) sprider sig längs åstranden.",
        "I folkmun heter den {vern}, botaniker kallar den {sci}.",
        "{vern} säljs fortfarande i vissa plantskolor trots varningar.",
    ],
    "fossil": [
        "Museietikett: {sci}, subfossila ben, insamlade {year}.",
        "Rester av den utdöda arten {sci} hittades vid {place}.",
    ],
    "none": [
        "År {year} öppnade {org} ett kontor i {place}.",
        "{person} har arbetat för {org} sedan {year}.",
        "Fler än {n} frivilliga hjälpte till på Stadsfesten i {place}.",
        "Kraftigt regn stängde flera vägar kring {place} i fredags.",
        "Enligt {org} stiger priserna nästa år.",
        "Kommunfullmäktige sammanträdde på tisdagskvällen.",
        "Tusentals människor besökte Gamla Stan under helgerna.",
        "{person} talade om vattenförvaltning på konferensen.",
        "Vårt lag söker två fältassistenter till sommaren.",
        "Sveriges Radio sände ett program om Norra Ishavet.",
        "Nya Zeeland och Sydafrika skärpte reglerna.",
    ],
}

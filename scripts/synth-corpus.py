#!/usr/bin/env python3
"""Writes a synthetic corpus of N UN-style resolutions for benchmarks: scripts/synth-corpus.py N OUTDIR [--seed S].

The files copy the structure and wording of the bundled resolutions in corpus/ (titles, the adopting formula,
preambular paragraphs opening with participles, numbered operative paragraphs, sections I, II…, subparagraphs
(a) (b), footnotes with markers at page bottoms or at the end, the closing meeting line and date) in the layouts the
real files use (hard-wrapped or one paragraph per line, markdown emphasis, `## 1992/22. Title`, `*Resolution 5/2.
Title***`, `ECOSOC Resolution 2002/17`), with varied text drawn from the bundled resolutions' own sentences.

Numbers are consistent with the body and the year (GA 55/64 is from the fifty-fifth session, in 2000; GA 1514 (XV)
style before the thirty-first session; ECOSOC 1992/22; SC 1325 (2000) numbered in sequence; HRC 7/12; CCPCJ 5/2;
CND 11 (XXXV) / 43/1; CHR 1992/31). Each resolution cites earlier ones, many of them a few hub resolutions
(Zipf-like), some cited resolutions absent from the corpus (numbers that are never generated).

The output is byte-for-byte the same for the same N and seed (Python 3 standard library only). A hidden file
`.synthetic` marks the folder as synthetic (hidden files are not read by Resolute, so it is not listed). The script
refuses to write into a folder named `corpus` inside the repository, and into a non-empty folder it did not make.
"""

import argparse
import bisect
import os
import random
import shutil
import sys
import textwrap

MARKER = ".synthetic"

# ---------------------------------------------------------------------------------------------------------------
# Wording, taken from the bundled resolutions.

# Opening verbs by the form of the words that follow them: a noun phrase ("the need …"), a clause ("that …"),
# "of the …", an infinitive ("to respond …"), an addressee with an infinitive ("Member States to …"), thanks.
PREAMBLE_VERBS = {
    "np": ["Recognizing", "Bearing in mind", "Emphasizing", "Noting", "Noting with appreciation", "Stressing",
           "Reaffirming", "Welcoming", "Acknowledging", "Taking note of", "Appreciating", "Recognizing also",
           "Emphasizing also", "Mindful of", "Conscious of", "Considering", "Underlining", "Highlighting"],
    "that": ["Recognizing", "Convinced", "Noting", "Aware", "Stressing", "Mindful", "Considering", "Conscious",
             "Deeply concerned", "Bearing in mind", "Recognizing also", "Noting with concern", "Believing"],
    "of": ["Convinced", "Aware", "Mindful", "Conscious"],
    "to": ["Determined", "Desirous", "Resolved"],
    "agent": ["Encouraging", "Inviting", "Calling upon", "Urging"],
    "thanks": ["Expressing its appreciation to", "Expressing its gratitude to"],
}
CITING_PREAMBLE_VERBS = ["Recalling", "Recalling also", "Recalling further", "Reaffirming", "Bearing in mind",
                         "Taking note of", "Welcoming", "Guided by"]
OPERATIVE_VERBS = {
    "np": ["Takes note with appreciation of", "Reaffirms", "Reaffirms also", "Commends", "Welcomes", "Notes",
           "Recognizes", "Supports", "Stresses", "Emphasizes", "Reiterates", "Accords high priority to",
           "Also welcomes", "Notes with appreciation", "Takes note of"],
    "that": ["Decides", "Recognizes", "Notes", "Stresses", "Emphasizes", "Recommends", "Determines", "Considers",
             "Affirms", "Also decides"],
    "to": ["Decides", "Resolves"],
    "agent": ["Invites", "Calls upon", "Requests", "Urges", "Encourages", "Also invites", "Also requests",
              "Further requests", "Requests further", "Again urges", "Strongly encourages"],
    "thanks": ["Expresses its appreciation to", "Expresses its gratitude to", "Thanks"],
}


def sentence_kind(sentence):
    if sentence.startswith("the Secretary-General to"):
        return "agent"
    if sentence.startswith("those ") or sentence.startswith("non-governmental organizations and other"):
        return "thanks"
    for prefix, kind in (("the ", "np"), ("that ", "that"), ("of ", "of"), ("to ", "to")):
        if sentence.startswith(prefix):
            return kind
    return "agent"


# Sentences of the bundled resolutions without their opening verb, cut into phrases at commas below.
SENTENCES = [
    "the direct relevance of crime prevention and criminal justice to sustained development, stability, security, "
    "improved quality of life, democracy and human rights",
    "the pressing need to increase technical cooperation activities to assist countries, particularly least developed "
    "countries, developing countries and countries with economies in transition, in their efforts to translate United "
    "Nations policy guidelines into practice, including training and upgrading of national capacities",
    "the relevance of technical assistance in the field of crime prevention and criminal justice to countries "
    "undergoing reconstruction after a situation of armed conflict or internal disturbance, with the consent of the "
    "Government concerned",
    "the continued increase in the requests for technical assistance forwarded to the Crime Prevention and Criminal "
    "Justice Division",
    "the importance of coordinating the activities in the field of technical cooperation carried out under its "
    "responsibility with those under the responsibility of the Commission on Narcotic Drugs, particularly as related "
    "to problems faced by States most affected by drug-related crimes",
    "the high priority attached to technical cooperation and advisory services as a means for the United Nations "
    "Crime Prevention and Criminal Justice Programme to respond to the needs of the international community in the "
    "face of both national and transnational criminality",
    "the importance of continuing to improve and strengthen the operational activities of the United Nations Crime "
    "Prevention and Criminal Justice Programme, particularly in developing countries and countries with economies in "
    "transition, in order to meet the needs of Member States by undertaking advisory services and training "
    "programmes, by carrying out field studies at the regional, subregional, national and local levels",
    "the contribution of the United Nations Crime Prevention and Criminal Justice Programme to United Nations "
    "peace-keeping and special missions, as well as its contribution to the follow-up to those missions",
    "developing countries and countries with economies in transition to include in their requests to the United "
    "Nations Development Programme for assistance, projects and/or elements on crime prevention and criminal "
    "justice, with a view to upgrading national institutional capacity and professional expertise in that field",
    "the Secretary-General to continue to strengthen the cooperation between the Crime Prevention and Criminal "
    "Justice Division of the Secretariat and the United Nations International Drug Control Programme, including the "
    "undertaking of joint initiatives, particularly the formulation and implementation of technical assistance "
    "projects",
    "all relevant international, intergovernmental and non-governmental organizations to continue cooperating with "
    "the United Nations Crime Prevention and Criminal Justice Programme in support of its operational and technical "
    "activities",
    "Member States to strengthen technical assistance and cooperation at the regional level, also by making use of "
    "the institutes comprising the United Nations Crime Prevention and Criminal Justice Programme network, and to "
    "further increase their role and capacity",
    "the Secretary-General to make increased use of the United Nations Crime and Justice Information Network as a "
    "tool for technical cooperation, particularly as related to the dissemination of crime statistics, United "
    "Nations standards and norms in criminal justice, and the establishment of discussion forums on relevant items",
    "Member States to provide both general-purpose and earmarked contributions to the United Nations Crime "
    "Prevention and Criminal Justice Fund",
    "those Member States that contribute to the activities of the United Nations Crime Prevention and Criminal "
    "Justice Programme by providing the services of associate experts, of consultants and of experts for training "
    "purposes, advisory missions and the implementation of technical assistance projects",
    "the Secretary-General to explore with Member States the establishment of a mechanism for resource mobilization "
    "and coordination of activities in the area of technical assistance",
    "that many States suffer from extreme shortages of human and financial resources, which prevents them from "
    "adequately responding to problems related to crime",
    "the efforts made by many States at the bilateral level to provide assistance and know-how in the field of crime "
    "prevention and criminal justice",
    "that effective international action in crime prevention and criminal justice requires improved coordination of "
    "all related activities carried out by United Nations entities",
    "that such improved coordination can only be effected through the continuous and close cooperation of all United "
    "Nations entities whose mandates are relevant to crime prevention and criminal justice",
    "the urgent and specific needs of the least developed countries in the field of training and in the upgrading and "
    "development of their human resources",
    "of the need to encourage constructive dialogue and collaboration between Governments, intergovernmental and "
    "non-governmental organizations and funding agencies, with a view to formulating practical operational plans and "
    "policies",
    "that many developing countries are faced with a lack of skilled personnel, training opportunities and "
    "technological and material know-how and have a keen interest in technical cooperation, advisory services and "
    "other types of aid",
    "to respond to the increasing requests from Governments for technical cooperation and advisory services in crime "
    "prevention and criminal justice",
    "that operational activities and technical assistance should occupy a prominent place in the United Nations "
    "activities in crime prevention and criminal justice, in the light of the recommendations of the Ministerial "
    "Meeting on the Creation of an Effective United Nations Crime Prevention and Criminal Justice Programme",
    "the role of the United Nations in the field of crime prevention and criminal justice, specifically the reduction "
    "of criminality, more efficient and effective law enforcement and administration of justice, respect for human "
    "rights and promotion of the highest standards of fairness, humanity and professional conduct",
    "of the desirability of closer coordination and cooperation among States in combating crime, including "
    "drug-related crimes such as money-laundering, illicit arms trade and terrorist crimes, bearing in mind the role "
    "that could be played by both the United Nations and regional organizations in this respect",
    "the need to maintain a balance in the technical cooperation capacity of the United Nations Centre for "
    "International Crime Prevention, between the immediate priority of the United Nations Convention against "
    "Transnational Organized Crime and other priorities identified by the Economic and Social Council",
    "the successful completion of the work of the Ad Hoc Committee on the Elaboration of a Convention against "
    "Transnational Organized Crime, and the progress achieved in the elaboration of the three supplementary "
    "protocols",
    "the importance of the United Nations Crime Prevention and Criminal Justice Programme in promoting effective "
    "action to strengthen international cooperation in crime prevention and criminal justice, in responding to the "
    "needs of the international community and in assisting Member States in achieving the goals of preventing crime "
    "within and among States and improving the response to crime",
    "the programme of work of the Centre, including the three global programmes addressing, respectively, "
    "trafficking in human beings, corruption and organized crime, formulated on the basis of close consultations with "
    "Member States",
    "the high priority given to technical cooperation and advisory services in the field of crime prevention and "
    "criminal justice, including in the area of prevention and control of transnational organized crime, and stresses "
    "the need to enhance the operational activities of the Centre",
    "the increased number of technical assistance projects in the field of juvenile justice, reflecting an increased "
    "awareness among Member States of the importance of juvenile justice reform in establishing and maintaining "
    "stable societies and the rule of law",
    "all States to support, through voluntary contributions to the United Nations Crime Prevention and Criminal "
    "Justice Fund, the operational activities of the United Nations Crime Prevention and Criminal Justice Programme",
    "relevant programmes, funds and organizations of the United Nations system, in particular the United Nations "
    "Development Programme, international financial institutions, in particular the World Bank, and regional and "
    "national funding agencies to support the technical operational activities of the Centre",
    "States and funding agencies to review, as appropriate, their funding policies for development assistance and to "
    "include a crime prevention and criminal justice component in such assistance",
    "the efforts undertaken by the Commission on Crime Prevention and Criminal Justice to exercise more vigorously its "
    "mandated function of resource mobilization, and calls upon the Commission to strengthen further its activities "
    "in this direction",
    "non-governmental organizations and other relevant sectors of civil society for their support to the United "
    "Nations Crime Prevention and Criminal Justice Programme",
    "the efforts of the Executive Director of the United Nations Office for Drug Control and Crime Prevention to "
    "enhance the synergies between the United Nations International Drug Control Programme and the United Nations "
    "Centre for International Crime Prevention, in conformity with the reform proposals of the Secretary-General",
    "the Secretary-General to take all necessary measures to assist the Commission on Crime Prevention and Criminal "
    "Justice, as the principal policy-making body in this field, in performing its activities, including cooperation "
    "and coordination with other relevant bodies, such as the Commission on Narcotic Drugs, the Commission on the "
    "Status of Women and the Commission for Social Development",
    "the decision of the Commission on Crime Prevention and Criminal Justice to mainstream a gender perspective into "
    "its activities and its request to the Secretariat that a gender perspective be integrated into all activities of "
    "the Centre",
    "the continued increase in requests for technical assistance forwarded to the Centre for International Crime "
    "Prevention by least developed countries, developing countries, countries with economies in transition and "
    "countries emerging from conflict",
    "the funding provided by certain Member States that has permitted the Centre for International Crime Prevention "
    "to enhance its capacity to execute an increased number of projects",
    "the increased cooperation between the Centre for International Crime Prevention, the United Nations Development "
    "Programme and the United Nations Office for Project Services",
    "relevant entities of the United Nations system, including the United Nations International Drug Control "
    "Programme, the United Nations Development Programme and the World Bank, and other international funding "
    "agencies to increase their interaction with the Centre",
    "the need to have adequate resources in order to make progress in the further operationalization of the "
    "activities of the Centre for International Crime Prevention and in order to implement the projects carried out "
    "under the global programme against trafficking in human beings",
    "potential donors and relevant multilateral financial institutions to make significant and regular financial "
    "contributions, including, in particular, general-purpose funds, for the formulation, coordination and "
    "implementation of technical assistance projects",
    "the values and principles enshrined in the United Nations Millennium Declaration, thereby emphasizing the "
    "importance of international cooperation and coordination among Member States in the fight against crime, in "
    "order to achieve sustainable development, improved quality of life, democracy and human rights",
    "that these important new instruments of international cooperation require the United Nations Office on Drugs "
    "and Crime to respond to an increasing number of requests for technical assistance in the area of crime "
    "prevention and criminal justice reform",
    "those Member States which have provided extrabudgetary funds, thus allowing the United Nations Office on Drugs "
    "and Crime to carry out a large number of advisory services and technical assistance activities in least "
    "developed countries",
    "the expansion of the technical assistance activities of the United Nations Office on Drugs and Crime, including "
    "additional interregional advisory services, and encourages international, regional and national funding "
    "agencies to support the technical cooperation activities",
    "recipient Member States that are in a position to do so to contribute to the activities of the United Nations "
    "Office on Drugs and Crime by providing the necessary infrastructure, as well as human and financial resources, "
    "for projects to be implemented in partnership with the Office",
    "the Secretary-General to enhance further the resources available within the existing overall budgetary "
    "framework of the United Nations for operational activities and, in particular, the interregional advisory "
    "services of the Office",
    "the Secretary-General to make all possible efforts, including appeals to donors in the private sector, "
    "mobilization of resources and fund-raising, to increase extrabudgetary resources, including general-purpose "
    "funds",
    "the crucial role of the Commission in mobilizing the support of Member States for the United Nations crime "
    "prevention and criminal justice programme",
    "that the following priority themes should guide the work of the Commission in the development of a detailed "
    "programme and the budget allocations",
    "developed countries to strengthen their aid programmes and commit themselves to support technical assistance and "
    "advisory services in the field of crime prevention and criminal justice in order to enhance the global "
    "commitment to improving justice and promoting human rights and the rule of law",
    "Member States to establish reliable and effective channels of communication among themselves and with the "
    "United Nations crime prevention and criminal justice programme, including the regional institutes and "
    "government-appointed national correspondents",
    "Governments in need of technical assistance in the field of crime prevention and criminal justice to identify "
    "their specific needs and to avail themselves of the services provided by the programme",
]

SUBPARAGRAPHS = [
    "to devote greater attention to helping States requesting assistance to identify their crime prevention and "
    "criminal justice needs and address them through technical cooperation",
    "to contribute to the preservation and reinforcement of democracy and justice based on the rule of law, in its "
    "field of competence and in collaboration with all the entities of the United Nations system",
    "to plan, implement and evaluate crime prevention and criminal justice assistance projects and to serve as a "
    "facilitating agent and a dynamic operational tool",
    "to serve as a world-wide training network for developing countries with specific requirements by developing "
    "training schemes, including manuals and curricula",
    "to further develop clearing-house facilities in relation to crime prevention and criminal justice issues",
    "to continue and improve the surveys of crime trends and the operation of criminal justice systems carried out "
    "periodically by the United Nations",
    "to strengthen the United Nations Criminal Justice Information Network by inviting Governments and the private "
    "sector to join and support the Network financially and logistically",
    "to promote policy-oriented research and studies on topics of interest to the Commission",
    "to cooperate closely and directly with a variety of national, regional, interregional and international "
    "institutions and training agencies",
    "to strengthen interregional and regional advisory services, so as to ensure necessary feedback and follow-up "
    "action",
    "the promotion of arrangements for various types of exchanges within the programme network, in particular the "
    "secondment and exchange of staff",
    "the collection of information, in particular research results and academic and scientific literature, and "
    "dissemination thereof to both professionals and the general public",
    "the development of field-level operations and other forms of direct collaborative activity designed to translate "
    "into practical action new policy perspectives",
    "the promotion of closer collaboration and continuing dialogue with Governments on matters of special concern",
    "national and transnational crime, organized crime, economic crime, including money laundering",
    "crime prevention in urban areas, juvenile and violent criminality",
    "efficiency, fairness and improvement in the management and administration of criminal justice and related "
    "systems",
    "by broadening the base of the financial support of the programme by approaching Governments, private "
    "foundations and the private sector",
    "by establishing collaborative relationships with the United Nations Development Programme, the World Bank and "
    "regional development banks",
]

SECTION_HEADINGS = [
    "STRENGTHENING THE OPERATIONAL CAPACITY OF THE PROGRAMME", "INVOLVEMENT OF MEMBER STATES",
    "COORDINATION OF ACTIVITIES", "FUNDING OF OPERATIONAL ACTIVITIES", "PRIORITIES", "FOLLOW-UP",
    "TECHNICAL COOPERATION AND ADVISORY SERVICES", "INTERNATIONAL COOPERATION", "REPORTING",
    "STANDARDS AND NORMS", "TRAINING AND CAPACITY-BUILDING", "RESEARCH AND ANALYSIS",
]

TOPICS = [
    "the United Nations Crime Prevention and Criminal Justice Programme",
    "technical cooperation in crime prevention and criminal justice",
    "international cooperation against transnational organized crime",
    "the rule of law at the national and international levels", "human rights in the administration of justice",
    "juvenile justice", "the prevention of corruption", "trafficking in persons, especially women and children",
    "the smuggling of migrants", "illicit trafficking in firearms", "the world drug problem",
    "alternative development", "drug abuse prevention and treatment", "the status of women",
    "violence against women", "the rights of the child", "social development", "the eradication of poverty",
    "operational activities for development", "humanitarian assistance", "the question of Palestine",
    "international migration and development", "the protection of the environment", "sustainable development",
    "the situation in Africa", "the least developed countries", "countries with economies in transition",
    "standards and norms in crime prevention and criminal justice", "victims of crime and abuse of power",
    "the prevention of terrorism", "money-laundering", "the independence of the judiciary", "prison reform",
    "restorative justice", "cybercrime", "the protection of cultural property", "the elderly",
    "persons with disabilities", "indigenous peoples", "the right to development", "freedom of expression",
    "the right to food", "extreme poverty", "the safety of journalists",
]
TITLE_PREFIXES = [
    "Strengthening", "Implementation of the recommendations on", "International cooperation on",
    "Follow-up to the work on", "Promotion of", "Measures concerning", "Technical assistance for",
    "Coordination of activities on", "Review of", "The role of the United Nations in",
]
SC_SUBJECTS = [
    "The situation in the Middle East", "The situation concerning the Democratic Republic of the Congo",
    "The situation in Somalia", "The situation in Afghanistan", "Women and peace and security",
    "Children and armed conflict", "Threats to international peace and security caused by terrorist acts",
    "The situation in Cyprus", "The situation in Libya", "Non-proliferation", "Reports of the Secretary-General on the Sudan",
    "The situation in Haiti", "The question concerning Haiti", "Protection of civilians in armed conflict",
    "Maintenance of international peace and security", "The situation in Bosnia and Herzegovina",
]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
ROMAN = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI",
         "XVII", "XVIII", "XIX", "XX", "XXI", "XXII", "XXIII", "XXIV", "XXV", "XXVI", "XXVII", "XXVIII", "XXIX", "XXX",
         "XXXI", "XXXII", "XXXIII", "XXXIV", "XXXV", "XXXVI", "XXXVII", "XXXVIII", "XXXIX", "XL", "XLI", "XLII"]
SECTION_NUMERALS = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"]
SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")

BODY_NAMES = {
    "GA": "General Assembly", "ECOSOC": "Economic and Social Council", "SC": "Security Council",
    "HRC": "Human Rights Council", "CCPCJ": "Commission on Crime Prevention and Criminal Justice",
    "CND": "Commission on Narcotic Drugs", "CHR": "Commission on Human Rights",
}
# Share of the corpus and the years each body adopted resolutions in.
BODIES = [("GA", 58, 1946, 2024), ("ECOSOC", 14, 1978, 2024), ("SC", 9, 1946, 2024), ("HRC", 7, 2006, 2024),
          ("CCPCJ", 4, 1992, 2024), ("CND", 4, 1980, 2024), ("CHR", 4, 1980, 2005)]


def ordinal(n):
    if 10 <= n % 100 <= 20:
        suffix = "th"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def date_text(date):
    year, month, day = date
    return f"{day} {MONTHS[month - 1]} {year}"


def build_phrases():
    """Heads (the opening phrase of each sentence, by kind) and tails (any later phrase) to recombine."""
    heads, tails = {}, []
    for sentence in SENTENCES:
        parts = [p.strip() for p in sentence.split(", ") if p.strip()]
        head = parts.pop(0)
        # A head too short to stand alone (`all States to support`) keeps its next phrase.
        while parts and len(head) < 50:
            head += ", " + parts.pop(0)
        heads.setdefault(sentence_kind(sentence), []).append(head)
        # Phrases cut from inside an enumeration (`for operational activities and`) do not stand on their own.
        tails.extend(p for p in parts if len(p) > 12 and p.split()[-1] not in ("and", "or", "in", "of", "to"))
    return heads, tails


HEADS, TAILS = build_phrases()


class Res:
    __slots__ = ("body", "year", "date", "session", "number", "id", "title", "file", "meeting", "hub_rank")


def session_of(body, year):
    if body == "GA":
        return year - 1945
    if body == "HRC":
        return None
    if body == "CCPCJ":
        return year - 1991
    if body == "CND":
        return year - 1957
    return None


def sc_base(year):
    points = [(1946, 1), (1965, 200), (1990, 644), (2000, 1284), (2010, 1950), (2024, 2760)]
    for (y0, n0), (y1, n1) in zip(points, points[1:]):
        if year <= y1:
            return n0 + (n1 - n0) * (year - y0) // (y1 - y0)
    return points[-1][1]


def random_date(rng, body, year):
    if body == "GA":
        month = rng.choices([9, 10, 11, 12], weights=[1, 2, 4, 12])[0]
    elif body in ("ECOSOC",):
        month = rng.choices([2, 4, 5, 7, 10, 12], weights=[1, 2, 3, 8, 1, 1])[0]
    elif body in ("CCPCJ", "CND", "CHR"):
        month = rng.choice([3, 4, 5])
    elif body == "HRC":
        month = rng.choice([3, 4, 6, 7, 9, 10])
    else:
        month = rng.randint(1, 12)
    return (year, month, rng.randint(1, MONTH_DAYS[month - 1]))


def make_title(rng, body):
    if body == "SC":
        return rng.choice(SC_SUBJECTS)
    topic = rng.choice(TOPICS)
    if body == "HRC" or body == "CHR":
        prefix = rng.choice(["Human rights and", "Promotion and protection of human rights in relation to",
                             "The right to development and", "Technical cooperation in the field of human rights and"])
        return f"{prefix} {topic}"
    prefix = rng.choice(TITLE_PREFIXES)
    title = f"{prefix} {topic}"
    if rng.random() < 0.2:
        title += ", in particular its technical cooperation capacity"
    return title


def slug(text, words=5):
    out = []
    for word in text.lower().replace(",", " ").split():
        clean = "".join(c for c in word if c.isalnum())
        if clean and clean not in ("the", "of", "and", "in", "on", "for", "to", "its"):
            out.append(clean)
        if len(out) == words:
            break
    return "-".join(out) or "resolution"


def generate_catalogue(n, rng):
    """Every resolution's body, date and number, oldest first."""
    bodies = [b[0] for b in BODIES]
    weights = [b[1] for b in BODIES]
    spans = {b[0]: (b[2], b[3]) for b in BODIES}
    items = []
    for _ in range(n):
        body = rng.choices(bodies, weights=weights)[0]
        first, last = spans[body]
        # More resolutions in later years: year drawn with a weight growing with time.
        u = rng.random() ** 0.7
        year = first + int(u * (last - first + 1))
        year = min(year, last)
        items.append((random_date(rng, body, year), body, rng.random()))
    items.sort()
    resolutions = []
    counters = {}
    sc_counter = 0
    ga_old_counter = 0
    cnd_old_counter = 0
    for date, body, _ in items:
        r = Res()
        r.body, r.date, r.year = body, date, date[0]
        r.session = session_of(body, r.year)
        if body == "GA":
            if r.session < 31:
                # Before the thirty-first session the Assembly numbered in one series: 1514 (XV).
                ga_old_counter = max(ga_old_counter + 1, (r.session - 1) * 117 + 1)
                r.number = f"{ga_old_counter} ({ROMAN[r.session]})"
            else:
                key = (body, r.session)
                counters[key] = counters.get(key, 0) + 1
                r.number = f"{r.session}/{counters[key]}"
        elif body == "SC":
            # One series since 1946, about where the real numbering is in that year (1325 in 2000).
            sc_counter = max(sc_counter + 1, sc_base(r.year))
            r.number = f"{sc_counter} ({r.year})"
        elif body == "HRC":
            session = (r.year - 2006) * 3 + (r.date[1] - 1) // 4 + 1
            key = (body, session)
            counters[key] = counters.get(key, 0) + 1
            r.number = f"{session}/{counters[key]}"
        elif body == "CCPCJ" or (body == "CND" and r.year >= 2000):
            key = (body, r.session)
            counters[key] = counters.get(key, 0) + 1
            r.number = f"{r.session}/{counters[key]}"
        elif body == "CND":
            cnd_old_counter = counters.get(("CND-old", r.session), 0) + 1
            counters[("CND-old", r.session)] = cnd_old_counter
            r.number = f"{cnd_old_counter} ({ROMAN[r.session]})"
        else:  # ECOSOC, CHR: year/number
            key = (body, r.year)
            counters[key] = counters.get(key, 0) + 1
            r.number = f"{r.year}/{counters[key]}"
        r.id = f"{body} {r.number}"
        r.title = make_title(rng, body)
        r.meeting = ordinal(rng.randint(20, 90) if body != "SC" else rng.randint(1000, 9500))
        r.hub_rank = None
        resolutions.append(r)
    return resolutions, counters


def absent_reference(rng, citing, counters):
    """A resolution that is cited but never generated: a number past the last one of its session or year."""
    year = rng.randint(max(1946, citing.year - 30), citing.year)
    if year == citing.year and citing.date[1] > 1:
        month = rng.randint(1, citing.date[1] - 1)
    elif year == citing.year:
        year -= 1
        month = rng.randint(1, 12)
    else:
        month = rng.randint(1, 12)
    date = (year, month, rng.randint(1, MONTH_DAYS[month - 1]))
    kind = rng.random()
    r = Res()
    r.date, r.year, r.title, r.hub_rank = date, year, make_title(rng, "GA"), None
    if kind < 0.5 and year >= 1976:
        r.body = "GA"
        session = year - 1945
        r.number = f"{session}/{counters.get(('GA', session), 0) + rng.randint(400, 600)}"
    elif kind < 0.8:
        r.body = "ECOSOC"
        r.number = f"{year}/{counters.get(('ECOSOC', year), 0) + rng.randint(200, 300)}"
    else:
        r.body = "ECOSOC"
        letter = rng.choice(["A", "B", "C", "D"])
        r.number = f"{rng.randint(100, 999)} {letter} ({ROMAN[rng.randint(1, 30)]})"
    r.id = f"{r.body} {r.number}"
    return r


class Cite:
    """Chooses whom a resolution cites: hubs (Zipf), any earlier resolution, or an absent one."""

    def __init__(self, resolutions, counters, rng):
        self.res = resolutions
        self.counters = counters
        hub_count = max(3, len(resolutions) // 500)
        # Hubs: early-ish resolutions, GA and ECOSOC mostly.
        early = [r for r in resolutions[: max(hub_count * 4, len(resolutions) // 3)] if r.body in ("GA", "ECOSOC")]
        self.hubs = rng.sample(early, min(hub_count, len(early))) if early else []
        self.hubs.sort(key=lambda r: r.date)
        for rank, hub in enumerate(self.hubs):
            hub.hub_rank = rank
        cumulative, total = [], 0.0
        for rank in range(len(self.hubs)):
            total += 1.0 / (rank + 1)
            cumulative.append(total)
        self.hub_cumulative = cumulative
        self.dates = [r.date for r in resolutions]

    def pick(self, rng, index):
        citing = self.res[index]
        roll = rng.random()
        if roll < 0.12 or index == 0:
            return absent_reference(rng, citing, self.counters)
        if roll < 0.55 and self.hubs:
            x = rng.random() * self.hub_cumulative[-1]
            hub = self.hubs[bisect.bisect_left(self.hub_cumulative, x)]
            if hub.date < citing.date:
                return hub
        # Any earlier resolution, recent ones more likely.
        end = bisect.bisect_left(self.dates, citing.date)
        if end == 0:
            return absent_reference(rng, citing, self.counters)
        return self.res[end - 1 - int((rng.random() ** 2) * end)]


def reference_head(citing, cited):
    if cited.body == citing.body:
        return "its"
    return BODY_NAMES[cited.body]


def subject_of(cited):
    title = cited.title
    return title[0].lower() + title[1:]


def cite_text(rng, citing, group):
    """`its resolution 46/152 of 18 December 1991, on …` or `its resolutions A of D, B of D and C of D`."""
    head = reference_head(citing, group[0])
    if len(group) == 1:
        cited = group[0]
        text = f"{head} resolution {cited.number} of {date_text(cited.date)}"
        if rng.random() < 0.5:
            text += f", on {subject_of(cited)}"
        return text
    items = [f"{c.number} of {date_text(c.date)}" for c in group]
    return f"{head} resolutions {', '.join(items[:-1])} and {items[-1]}"


class Writer:
    """Lays out one resolution in one of the styles of the bundled files."""

    def __init__(self, rng, style):
        self.rng = rng
        self.style = style  # "wrapped", "markdown", "lines", "ccpcj", "bullets"
        self.pending = []  # footnote texts whose markers are placeholders in paragraph text
        self.footnotes = []  # (number, text, line index of the marker), in reading order
        self.first_note = 1 if rng.random() < 0.6 else rng.randint(2, 60)
        self.marker_style = {"wrapped": rng.choice(["plain", "super"]), "markdown": "sup", "lines": "super",
                             "ccpcj": "super", "bullets": "super"}[style]

    def marker(self, text):
        """A placeholder for a footnote marker; numbered in reading order when the paragraph is laid out."""
        self.pending.append(text)
        return f"\x01{len(self.pending) - 1}\x02"

    def number_markers(self, text, line):
        while "\x01" in text:
            start = text.index("\x01")
            end = text.index("\x02", start)
            note = self.pending[int(text[start + 1:end])]
            number = self.first_note + len(self.footnotes)
            self.footnotes.append((number, note, line))
            if self.marker_style == "sup":
                mark = f"<sup>{number}</sup>"
            elif self.marker_style == "super":
                mark = str(number).translate(SUPERSCRIPT)
            else:
                mark = str(number)
            text = text[:start] + mark + text[end + 1:]
        return text

    def emphasis(self, verb):
        if self.style in ("markdown", "ccpcj") and self.rng.random() < 0.7:
            return f"*{verb}*"
        return verb


def clause(rng, verbs, min_parts=1, max_parts=3, kinds=None):
    """An opening verb and words that fit it: a head phrase of a fitting kind and some tail phrases."""
    kind = rng.choice(kinds or [k for k in HEADS if k in verbs])
    parts = [rng.choice(HEADS[kind])]
    for _ in range(rng.randint(min_parts - 1, max_parts - 1)):
        parts.append(rng.choice(TAILS))
    return rng.choice(verbs[kind]), ", ".join(parts)


def footnote_for(rng, citing, cite_picker, index, previous_target):
    roll = rng.random()
    if roll < 0.45:
        cited = cite_picker.pick(rng, index)
        if previous_target is not None and rng.random() < 0.3:
            return f"Ibid., annex {rng.choice(ROMAN[1:5])}.", previous_target
        name = BODY_NAMES[cited.body]
        pin = rng.choice([", annex.", ", annex I.", ", annex II.", f", para. {rng.randint(1, 30)}.", "."])
        return f"{name} resolution {cited.number}{pin}", cited
    if roll < 0.7:
        session = max(1, citing.year - 1945)
        return f"A/{session}/{rng.randint(50, 700)}.", None
    if roll < 0.85:
        return (f"See Official Records of the Economic and Social Council, {citing.year}, Supplement No. "
                f"{rng.randint(1, 12)} (E/{citing.year}/{rng.randint(10, 40)}), chap. I, sect. B."), None
    return (f"United Nations, Treaty Series, vol. {rng.randint(500, 2500)}, No. {rng.randint(1000, 40000)}."), None


def compose(res, index, resolutions, cite_picker, rng):
    style = rng.choices(["wrapped", "markdown", "lines", "ccpcj", "bullets"], weights=[40, 20, 20, 10, 10])[0]
    if res.body == "CCPCJ" or res.body == "CND":
        style = rng.choice(["ccpcj", "lines", "wrapped"])
    w = Writer(rng, style)
    body_name = BODY_NAMES[res.body]

    # Citations of this resolution, grouped: some paragraphs cite a list of resolutions of one body.
    n_cites = min(12, 1 + int(rng.expovariate(1 / 3.0)))
    targets = []
    seen = set()
    for _ in range(n_cites):
        t = cite_picker.pick(rng, index)
        if t.id not in seen and t.id != res.id:
            seen.add(t.id)
            targets.append(t)
    groups = []
    i = 0
    while i < len(targets):
        group = [targets[i]]
        j = i + 1
        while j < len(targets) and len(group) < 4 and targets[j].body == group[0].body and rng.random() < 0.35:
            group.append(targets[j])
            j += 1
        group.sort(key=lambda r: r.date)
        groups.append(group)
        i = j

    paragraphs = []  # (kind, text) kind: "pre", "op", "sub", "section", "heading"
    preamble_groups = groups[: max(1, (len(groups) * 2) // 3)]
    operative_groups = groups[len(preamble_groups):]

    verbs = list(CITING_PREAMBLE_VERBS)
    for k, group in enumerate(preamble_groups):
        verb = ["Recalling", "Recalling also", "Recalling further"][k] if k < 3 and rng.random() < 0.7 else rng.choice(verbs)
        paragraphs.append(("pre", verb, cite_text(rng, res, group) + ","))
    n_pre = rng.randint(2, 12) if res.body != "SC" else rng.randint(1, 6)
    last_target = None
    for _ in range(n_pre):
        verb, text = clause(rng, PREAMBLE_VERBS, 1, 5)
        if rng.random() < 0.25:
            note, last_target = footnote_for(rng, res, cite_picker, index, last_target)
            text += "," + w.marker(note)
        else:
            text += ","
        paragraphs.append(("pre", verb, text))
    rng.shuffle(paragraphs)  # citations need not come first
    paragraphs.sort(key=lambda p: 0 if p[1].startswith("Recalling") else 1)

    sections = None
    if res.body != "SC" and rng.random() < 0.12:
        count = rng.randint(2, 6)
        sections = [(SECTION_NUMERALS[k], rng.choice(SECTION_HEADINGS)) for k in range(count)]

    def operative_run(count, groups_here):
        out = []
        positions = sorted(rng.sample(range(count), min(count, len(groups_here)))) if groups_here else []
        gi = 0
        nonlocal last_target
        for p in range(count):
            if gi < len(positions) and positions[gi] == p:
                group = groups_here[gi]
                gi += 1
                verb, text = clause(rng, OPERATIVE_VERBS, 1, 2, kinds=["agent", "np"])
                text = f"{text}, in accordance with {cite_text(rng, res, group)}"
                if group[0].body == res.body and len(group) == 1:
                    text = f"{text.rsplit(', in accordance', 1)[0]}, pursuant to paragraph {rng.randint(1, 12)} of " \
                           f"{BODY_NAMES[group[0].body]} resolution {group[0].number}"
            else:
                verb, text = clause(rng, OPERATIVE_VERBS, 1, 5)
            subs = None
            if rng.random() < 0.08:
                subs = [rng.choice(SUBPARAGRAPHS) for _ in range(rng.randint(2, 8))]
                text += ":"
            elif rng.random() < 0.15:
                note, last_target = footnote_for(rng, res, cite_picker, index, last_target)
                text += w.marker(note) + ";"
            else:
                text += ";"
            out.append(("op", verb, text, subs))
        return out

    if sections:
        per = [rng.randint(2, 6) for _ in sections]
        chunks = []
        gi = 0
        for k, count in enumerate(per):
            take = operative_groups[gi:gi + 1]
            gi += len(take)
            chunks.append((sections[k], operative_run(count, take)))
        ops = None
    else:
        count = rng.randint(3, 22) if res.body != "SC" else rng.randint(3, 12)
        ops = operative_run(count, operative_groups)
        chunks = None

    closing_request = (f"Requests the Secretary-General to report to the {body_name} on the implementation of the "
                       "present resolution.") if res.body != "SC" else "Decides to remain actively seized of the matter."

    # ---- Layout.
    lines = []
    width = rng.choice([78, 82, 86]) if style == "wrapped" else None

    def emit_paragraph(text, indent=""):
        text = w.number_markers(text, len(lines))
        if width:
            lines.extend(textwrap.wrap(text, width=width, initial_indent=indent, break_on_hyphens=False,
                                       break_long_words=False))
        else:
            lines.append(indent + text)
        lines.append("")

    # Header.
    if res.body == "SC":
        lines += [f"{res.number}. {res.title}", "", f"{res.meeting} meeting, {date_text(res.date)}", ""]
    elif style == "markdown":
        lines += [f"## {res.number}. {res.title}", ""]
    elif style == "ccpcj":
        lines += ["", "", f"*Resolution {res.number}. {res.title}***", ""]
    elif res.body in ("CCPCJ", "CND"):
        emit_paragraph(f"Resolution {res.number}. {res.title}")
    elif style == "lines" and res.body in ("ECOSOC", "GA", "HRC", "CHR"):
        lines += [f"{res.body} Resolution {res.number}", ""]
        emit_paragraph(res.title)
    else:
        head = f" {res.number}. {res.title}"
        emit_paragraph(head)
    formula = f"The {body_name},"
    lines += [f"#### {formula}" if style == "markdown" else formula, ""]

    def paragraph_text(kind, verb, text):
        return f"{w.emphasis(verb)} {text}"

    for kind, verb, text in paragraphs:
        emit_paragraph(paragraph_text(kind, verb, text))

    def emit_ops(ops, final):
        for k, (kind, verb, text, subs) in enumerate(ops, start=1):
            if final and k == len(ops):
                text = text[:-1] + "." if text.endswith(";") else text
            prefix = "- " if style == "bullets" else ""
            emit_paragraph(f"{prefix}{k}. {w.emphasis(verb)} {text}")
            if subs:
                for s, sub in enumerate(subs):
                    label = chr(ord("a") + s)
                    end = ";" if s + 1 < len(subs) else ";"
                    emit_paragraph(f"({label}) {sub[0].upper()}{sub[1:]}{end}")

    if chunks:
        for k, ((numeral, heading), run) in enumerate(chunks):
            lines += [f"# {numeral}" if style == "markdown" else numeral, ""]
            lines += [f"#### {heading}" if style == "markdown" else heading, ""]
            if k == len(chunks) - 1:
                run.append(("op", "Requests", closing_request[len("Requests "):] if res.body != "SC" else closing_request, None))
            emit_ops(run, k == len(chunks) - 1)
    else:
        verb, _, rest = closing_request.partition(" ")
        if closing_request.startswith("Decides"):
            ops.append(("op", "Decides", rest, None))
        else:
            ops.append(("op", "Requests", rest, None))
        emit_ops(ops, True)

    # Meeting line.
    if res.body != "SC":
        if style == "wrapped" and rng.random() < 0.7:
            lines += [f"{res.meeting} plenary meeting", date_text(res.date)]
        else:
            lines += [f"{res.meeting} plenary meeting {date_text(res.date)}"]
        lines.append("")

    # Footnotes: at page bottoms for hard-wrapped texts, else at the end.
    def note_line(number, text):
        if w.marker_style == "super":
            return f"{str(number).translate(SUPERSCRIPT)} {text}"
        if w.marker_style == "sup":
            return f"<sup>{number}</sup> {text}"
        return f"{number}  {text}"

    if w.footnotes and style == "wrapped" and len(lines) > 50 and rng.random() < 0.7:
        out = []
        page = rng.randint(40, 50)
        remaining = list(w.footnotes)
        new_page = False
        since_break = 0
        for k, line in enumerate(lines):
            # A page begins with a space after the page-bottom notes, as in the bundled GA file.
            out.append(" " + line if new_page and line else line)
            new_page = new_page and not line
            # Pages break inside a paragraph (the next line goes on with it), as in the bundled GA file.
            since_break += 1
            inside = bool(line) and k + 1 < len(lines) and bool(lines[k + 1]) and not lines[k + 1].startswith("(")
            if since_break >= page and inside:
                since_break = 0
                here = [note for note in remaining if note[2] <= k]
                if here:
                    out.append(" " * 58)
                    for number, text, _ in here:
                        out += textwrap.wrap(note_line(number, text), width=width)
                    remaining = remaining[len(here):]
                    new_page = True
        if remaining:
            out.append(" " * 58)
            for number, text, _ in remaining:
                out += textwrap.wrap(note_line(number, text), width=width)
        lines = out
    else:
        for number, text, _ in w.footnotes:
            lines += [note_line(number, text), ""]
    text = "\n".join(lines).rstrip("\n") + "\n"
    return text


def refuse(outdir, repo):
    real = os.path.realpath(outdir)
    repo = os.path.realpath(repo)
    if real == repo or real.startswith(repo + os.sep):
        inside = os.path.relpath(real, repo).split(os.sep)
        if "corpus" in inside:
            return f"refusing to write into {outdir}: a folder named 'corpus' inside the repository holds real data"
        if real == repo:
            return "refusing to write into the repository's root"
    if os.path.exists(real) and not os.path.isdir(real):
        return f"refusing to write into {outdir}: it is not a folder"
    if os.path.isdir(real) and os.listdir(real) and not os.path.exists(os.path.join(real, MARKER)):
        return f"refusing to write into {outdir}: it is not empty and has no {MARKER} marker from this script"
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("count", type=int, metavar="N", help="number of resolutions")
    parser.add_argument("outdir", metavar="OUTDIR", help="folder to write (created; replaced when it is ours)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("--flat", action="store_true", help="all files in OUTDIR (default: one subfolder per body)")
    args = parser.parse_args()
    if args.count < 1:
        parser.error("N must be at least 1")
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    problem = refuse(args.outdir, repo)
    if problem:
        print(f"synth-corpus: {problem}", file=sys.stderr)
        return 2
    if os.path.isdir(args.outdir):
        shutil.rmtree(args.outdir)
    os.makedirs(args.outdir)
    with open(os.path.join(args.outdir, MARKER), "w", encoding="utf-8") as f:
        f.write(f"This folder is a SYNTHETIC corpus written by scripts/synth-corpus.py {args.count} --seed "
                f"{args.seed}.\nIts resolutions are made up from the structure and wording of real ones, for "
                "benchmarks only. Do not quote them.\n")

    rng = random.Random(args.seed)
    resolutions, counters = generate_catalogue(args.count, rng)
    picker = Cite(resolutions, counters, rng)
    names = set()
    total = 0
    for index, res in enumerate(resolutions):
        text_rng = random.Random(args.seed * 1_000_003 + index)
        text = compose(res, index, resolutions, picker, text_rng)
        base = f"{res.body.lower()}-{res.number.replace('/', '-').replace(' ', '-').replace('(', '').replace(')', '')}"
        name = f"{base}-{slug(res.title)}.txt"
        while name in names:
            name = name[:-4] + "-x.txt"
        names.add(name)
        folder = args.outdir if args.flat else os.path.join(args.outdir, res.body.lower(), str(res.year // 10 * 10) + "s")
        os.makedirs(folder, exist_ok=True)
        data = text.encode("utf-8")
        total += len(data)
        with open(os.path.join(folder, name), "wb") as f:
            f.write(data)
    hubs = ", ".join(h.id for h in picker.hubs[:5])
    print(f"synth-corpus: {len(resolutions)} resolutions, {total / 1e6:.1f} MB in {args.outdir} (hubs: {hubs}…)",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

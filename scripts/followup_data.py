#!/usr/bin/env python3
"""Follow-through data for scripts/bench.sh --followup (our own generator, stdlib only).

  followup_data.py figures N      CSV in our columns: N figures of the demo's parties with
                                  Afghanistan and others, one per reporter, partner and month
  followup_data.py comtrade N     CSV in UN Comtrade's columns: N export rows (flowCode X)
  followup_data.py lines BASE SESSION N
                                  posts N action lines to the demo's roadmap 1 as the session's
                                  person (the secretariat), over HTTP at BASE
"""
import itertools
import json
import sys
import urllib.request

REPORTERS = ["KZ", "KG", "TJ", "UZ", "TM"]
REPORTERS_ISO3 = ["KAZ", "KGZ", "TJK", "UZB", "TKM"]
PARTNERS = ["AF", "PK", "IR", "CN", "RU", "IN", "TR", "DE", "AE", "US"]
TRACKS = ["trade", "transport_logistics", "energy", "humanitarian", "border_control"]


def months():
    for year in range(1990, 2100):
        for month in range(1, 13):
            yield year, month


def last_day(year, month):
    if month == 12:
        return 31
    days = [31, 29 if (year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)) else 28,
            31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return days[month - 1]


def figures(n):
    out = sys.stdout
    out.write("reporter,partner,period_start,period_end,value,source,note\n")
    rows = ((r, p, y, m) for (y, m) in months() for r in REPORTERS for p in PARTNERS)
    for i, (reporter, partner, year, month) in enumerate(itertools.islice(rows, n)):
        value = 1_000_000 + (i * 7919) % 90_000_000
        out.write(f"{reporter},{partner},{year:04d}-{month:02d}-01,"
                  f"{year:04d}-{month:02d}-{last_day(year, month):02d},{value},Bench source,\n")


def comtrade(n):
    out = sys.stdout
    out.write("period,reporterISO,partnerISO,flowCode,primaryValue\n")
    partners = [line.split(",")[0] for line in ALPHA3.split()]
    rows = ((r, p, y, m) for (y, m) in months() for r in REPORTERS_ISO3 for p in partners)
    for i, (reporter, partner, year, month) in enumerate(itertools.islice(rows, n)):
        out.write(f"{year:04d}{month:02d},{reporter},{partner},X,{100_000 + i % 9_000_000}.5\n")


def lines(base, session, n):
    for i in range(n):
        year = 2025 + i % 3
        body = {
            "title": f"Bench action line {i}",
            "track": TRACKS[i % len(TRACKS)],
            "leads": [REPORTERS[i % 4]],
            "participants": [],
            "starts_on": f"{year}-01-01",
            "due_on": f"{year}-{1 + i % 12:02d}-28",
            "deliverable": "A report to the group.",
            "distribution": "group",
        }
        request = urllib.request.Request(
            f"{base}/api/v1/roadmaps/1/lines",
            data=json.dumps(body).encode(),
            headers={"Content-Type": "application/json", "Origin": base,
                     "Cookie": f"majlis_session={session}"},
            method="POST")
        with urllib.request.urlopen(request) as response:
            if response.status != 201:
                sys.exit(f"line {i}: HTTP {response.status}")


# ISO 3166-1 alpha-3 codes of partners for the Comtrade file (any country, not only the group's).
ALPHA3 = """AFG ALB DZA AND AGO ARG ARM AUS AUT AZE BHR BGD BLR BEL BEN BTN BOL BIH BWA BRA BRN BGR
BFA BDI KHM CMR CAN CPV CAF TCD CHL CHN COL COM COG CRI HRV CUB CYP CZE DNK DJI DOM ECU EGY SLV
GNQ ERI EST ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN
IRQ IRL ISR ITA JAM JPN JOR KEN KWT LAO LVA LBN LSO LBR LBY LTU LUX MDG MWI MYS MDV MLI MLT MRT
MUS MEX MDA MNG MNE MAR MOZ MMR NAM NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PAN PNG PRY PER PHL
POL PRT QAT ROU RUS RWA SAU SEN SRB SLE SGP SVK SVN SOM ZAF KOR ESP LKA SDN SUR SWE CHE SYR THA
TGO TUN TUR UGA UKR ARE GBR USA URY VEN VNM YEM ZMB ZWE"""

if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "figures":
        figures(int(sys.argv[2]))
    elif mode == "comtrade":
        comtrade(int(sys.argv[2]))
    elif mode == "lines":
        lines(sys.argv[2], sys.argv[3], int(sys.argv[4]))
    else:
        sys.exit(__doc__)

#!/usr/bin/env python3
"""Regenerates every demo tone of media-samples/ and its catalogue.json, reproducibly.

    python3 media-samples/make/generate.py           # make everything, then check it
    python3 media-samples/make/generate.py --check   # only check the files already there
    python3 media-samples/make/generate.py ode-to-joy.mp3 ...   # remake some files only

Needs Python 3 (standard library only), ffmpeg/ffprobe and espeak-ng on PATH
(Debian: apt-get install -y ffmpeg espeak-ng). Melodies are synthesised from the scores in
scores.py; status messages and jokes are spoken by espeak-ng over a soft synthesised pad.
"""
import json
import os
import re
import subprocess
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import scores  # noqa: E402
import synth  # noqa: E402

THEMES = [
    {"id": "pop", "name": "Поп", "position": 1},
    {"id": "rock", "name": "Рок", "position": 2},
    {"id": "classical", "name": "Классика", "position": 3},
    {"id": "folk", "name": "Народные", "position": 4},
    {"id": "holidays", "name": "Праздники", "position": 5},
    {"id": "children", "name": "Детские", "position": 6},
    {"id": "humour", "name": "Юмор", "position": 7},
    {"id": "status", "name": "Статусы", "position": 8},
]

PD = "CC0-1.0, rendered by vg from a public-domain score"
ORIGINAL = "CC0-1.0, composed and rendered by vg studio"
SPOKEN = "CC0-1.0, spoken by espeak-ng (GPL-3.0 program; its output is not covered)"


def melody(file, title, artist, theme, price, tags, source, render, licence=PD):
    return dict(file=file, title=title, artist=artist, theme=theme, kind="melody", price=price, tags=tags,
                licence=licence, source=source, render=render)


def speech(file, title, artist, theme, kind, price, tags, voice, text, pad="C:4 Am:4 F:4 G:4", speed=145):
    return dict(file=file, title=title, artist=artist, theme=theme, kind=kind, price=price, tags=tags,
                licence=SPOKEN, source="original text, spoken by espeak-ng (voice %s)" % voice,
                voice=voice, text=text, pad=pad, speed=speed)


TONES = [
    # ------------------------------------------------------------------ classical
    melody("ode-to-joy.mp3", "Ода к радости", "Людвиг ван Бетховен", "classical", 3900,
           "классика бетховен симфония ода радость classical beethoven symphony ode joy",
           "Ludwig van Beethoven (1770-1827), Symphony No. 9 Op. 125, finale theme (1824)", scores.ode_to_joy),
    melody("fur-elise.mp3", "Für Elise", "Ludwig van Beethoven", "classical", 3900,
           "classical beethoven piano bagatelle классика бетховен фортепиано к элизе",
           "Ludwig van Beethoven (1770-1827), Bagatelle No. 25 in A minor WoO 59 (1810)", scores.fur_elise),
    melody("eine-kleine-nachtmusik.ogg", "Eine kleine Nachtmusik", "Wolfgang Amadeus Mozart", "classical", 3500,
           "classical mozart serenade strings классика моцарт серенада",
           "Wolfgang Amadeus Mozart (1756-1791), Serenade No. 13 K. 525, I. Allegro (1787)",
           scores.kleine_nachtmusik),
    melody("turkish-march.mp3", "Турецкий марш", "Вольфганг Амадей Моцарт", "classical", 3500,
           "классика моцарт марш рондо фортепиано classical mozart rondo alla turca",
           "Wolfgang Amadeus Mozart (1756-1791), Piano Sonata No. 11 K. 331, Rondo alla turca (1783)",
           scores.turkish_march),
    melody("hall-of-the-mountain-king.mp3", "В пещере горного короля", "Эдвард Григ", "classical", 4500,
           "классика григ пер гюнт тролли classical grieg peer gynt mountain king",
           "Edvard Grieg (1843-1907), Peer Gynt Op. 23, In the Hall of the Mountain King (1875)",
           scores.mountain_king),
    melody("swan-lake.mp3", "Лебединое озеро", "Пётр Ильич Чайковский", "classical", 4500,
           "классика чайковский балет лебеди classical tchaikovsky ballet swan lake",
           "Pyotr Ilyich Tchaikovsky (1840-1893), Swan Lake Op. 20, Act II scene theme (1876)",
           scores.swan_lake),
    melody("vivaldi-spring.mp3", "Spring (The Four Seasons)", "Antonio Vivaldi", "classical", 3900,
           "classical vivaldi baroque spring seasons классика вивальди весна времена года",
           "Antonio Vivaldi (1678-1741), The Four Seasons, Concerto No. 1 'La primavera' RV 269, I. (1725)",
           scores.vivaldi_spring),
    melody("minuet-in-g.m4a", "Менуэт соль мажор", "Иоганн Себастьян Бах", "classical", 2900,
           "классика бах менуэт клавесин classical bach minuet harpsichord",
           "Minuet in G major BWV Anh. 114 from the Notebook for Anna Magdalena Bach (1725), "
           "attributed to J. S. Bach, now to Christian Petzold (1677-1733)", scores.minuet_in_g),
    melody("bach-prelude-in-c.mp3", "Prelude in C major", "Johann Sebastian Bach", "classical", 2900,
           "classical bach prelude harpsichord классика бах прелюдия",
           "Johann Sebastian Bach (1685-1750), The Well-Tempered Clavier I, Prelude No. 1 BWV 846 (1722), bars 1-11",
           scores.bach_prelude),
    # ------------------------------------------------------------------ folk
    melody("kalinka.mp3", "Калинка", "Иван Ларионов", "folk", 3500,
           "народная калинка гармонь пляска russian folk kalinka accordion",
           "Ivan Larionov (1830-1889), «Калинка» (1860), in the folk style; public domain", scores.kalinka),
    melody("korobeiniki.mp3", "Коробейники", "Русская народная песня", "folk", 3500,
           "народная коробейники гармонь russian folk korobeiniki peddlers accordion",
           "Russian folk song to N. Nekrasov's poem (1861); traditional melody", scores.korobeiniki),
    melody("vo-pole-bereza.ogg", "Во поле берёза стояла", "Русская народная песня", "folk", 2900,
           "народная берёза свирель хоровод russian folk birch tree flute",
           "Russian folk song, traditional (printed 1790, used by Tchaikovsky in Symphony No. 4)",
           scores.vo_pole_bereza),
    melody("greensleeves.mp3", "Greensleeves", "Traditional", "folk", 2900,
           "folk english ballad lute flute народная английская баллада",
           "English folk ballad, traditional (16th century)", scores.greensleeves),
    # ------------------------------------------------------------------ holidays
    melody("v-lesu-rodilas-yolochka.mp3", "В лесу родилась ёлочка", "Леонид Бекман", "holidays", 2900,
           "праздники новый год ёлочка ёлка колокольчики new year christmas tree bells",
           "Leonid Bekman (1871-1939), «Ёлочка» (1905), words by Raisa Kudasheva", scores.yolochka),
    melody("jingle-bells.mp3", "Jingle Bells", "James Lord Pierpont", "holidays", 2900,
           "holidays christmas new year bells праздники рождество новый год бубенцы",
           "James Lord Pierpont (1822-1893), «One Horse Open Sleigh» (1857), chorus", scores.jingle_bells),
    melody("happy-birthday.opus", "Happy Birthday to You", "Mildred J. Hill", "holidays", 2500,
           "holidays birthday party праздники день рождения поздравление",
           "Mildred J. Hill (1859-1916), «Good Morning to All» (1893); public domain", scores.happy_birthday),
    # ------------------------------------------------------------------ children
    melody("frere-jacques.mp3", "Frère Jacques", "Traditional", "children", 2500,
           "children round canon music box детские канон братец яков шкатулка",
           "French nursery round, traditional (18th century)", scores.frere_jacques),
    melody("twinkle-twinkle.opus", "Twinkle, Twinkle, Little Star", "Traditional", "children", 2500,
           "children lullaby music box stars детские колыбельная звёздочка шкатулка",
           "«Ah ! vous dirai-je, maman», French melody, traditional (1761)", scores.twinkle),
    melody("chizhik-pyzhik.mp3", "Чижик-пыжик", "Русская народная песня", "children", 2500,
           "детские чижик пыжик шкатулка колокольчики children russian folk music box",
           "Russian folk song, traditional (19th century)", scores.chizhik),
    melody("old-macdonald.mp3", "Old MacDonald Had a Farm", "Traditional", "children", 2500,
           "children farm folk accordion детские ферма песенка",
           "English/American folk song, traditional (printed 1917, older tune)", scores.old_macdonald),
    # ------------------------------------------------------------------ pop (original)
    melody("letniy-vecher.mp3", "Летний вечер", "vg studio", "pop", 4900,
           "поп лето вечер синтезатор pop summer evening synth original",
           "original", scores.letniy_vecher, ORIGINAL),
    melody("neon-drive.ogg", "Neon Drive", "vg studio", "pop", 5900,
           "pop synthwave retro night drive поп синтвейв ретро ночь",
           "original", scores.neon_drive, ORIGINAL),
    melody("kofe-s-koritsey.mp3", "Кофе с корицей", "vg studio", "pop", 4500,
           "поп кофе утро лаунж pop coffee morning lounge electric piano",
           "original", scores.kofe_s_koritsey, ORIGINAL),
    # ------------------------------------------------------------------ rock (original)
    melody("garazhnyy-riff.mp3", "Гаражный рифф", "vg studio", "rock", 4900,
           "рок гараж рифф гитара rock garage riff guitar drive",
           "original", scores.garage_riff, ORIGINAL),
    melody("iron-stairs.ogg", "Iron Stairs", "vg studio", "rock", 5900,
           "rock heavy riff guitar рок тяжёлый рифф гитара",
           "original", scores.iron_stairs, ORIGINAL),
    melody("korobeiniki-rock.mp3", "Korobeiniki (Rock Cover)", "vg studio", "rock", 5500,
           "rock cover korobeiniki tetris guitar рок кавер коробейники тетрис",
           "Russian folk song «Коробейники», traditional; rock arrangement by vg studio",
           scores.korobeiniki_rock),
    # ------------------------------------------------------------------ status messages
    speech("na-soveshchanii.mp3", "На совещании", "vg", "status", "status", 1500,
           "статус совещание занят перезвоню status meeting busy",
           "ru", "Здравствуйте! Я на совещании и не могу ответить. Перезвоню вам позже."),
    speech("in-a-meeting.opus", "In a Meeting", "vg", "status", "status", 1500,
           "status meeting busy call back статус совещание занят",
           "en", "Hello! I am in a meeting right now. I will call you back later. Thank you!"),
    speech("za-rulyom.mp3", "За рулём", "vg", "status", "status", 1500,
           "статус за рулём машина дорога перезвоню status driving car",
           "ru", "Я за рулём и не могу говорить. Перезвоню, как только остановлюсь.", pad="Am:4 F:4 C:4 G:4"),
    speech("v-otpuske.mp3", "В отпуске", "vg", "status", "status", 2000,
           "статус отпуск море отдых status vacation holiday sea",
           "ru+f3", "Привет! Я в отпуске, на море. Если что-то срочное, напишите мне сообщение.",
           pad="D:4 G:4 D:4 A:4"),
    speech("gone-fishing.flac", "Gone Fishing", "vg", "status", "status", 1000,
           "status fishing weekend away статус рыбалка выходные",
           "en+m3", "Gone fishing! Please call again tomorrow.", pad="G:4 C:4"),
    speech("splyu.m4a", "Сплю", "vg", "status", "status", 1000,
           "статус сплю ночь тишина status sleeping night",
           "ru", "Тсс... Я сплю. Перезвоню утром, когда проснусь.", pad="F:4 Dm:4 Bb:4 C:4", speed=130),
    # ------------------------------------------------------------------ jokes
    speech("abonent-dovolen.mp3", "Абонент временно доволен", "vg", "humour", "joke", 1500,
           "юмор шутка абонент доволен автоответчик humour joke",
           "ru", "Абонент временно доволен жизнью. Пожалуйста, не портите ему настроение и перезвоните позже.",
           pad="C:4 F:4 G:4 C:4"),
    speech("vy-pozvonili-kotu.mp3", "Вы позвонили коту", "vg", "humour", "joke", 1500,
           "юмор шутка кот мяу humour joke cat meow",
           "ru+f2", "Здравствуйте! Вы позвонили коту. Хозяин занят, а я не умею держать трубку. Мяу!",
           pad="F:4 Bb:4 C:4 F:4"),
    speech("very-important-call.mp3", "Your Call Is Very Important", "vg", "humour", "joke", 1500,
           "humour joke robot hold music юмор шутка робот ожидание",
           "en", "Your call is very important to us. That is why you are talking to a robot. "
           "Please stay on the line. Or better, call again later.", pad="C:4 Am:4 Dm:4 G:4", speed=165),
    speech("avtootvetchik-programmista.ogg", "Автоответчик программиста", "vg", "humour", "joke", 1500,
           "юмор шутка программист баг релиз humour joke programmer bug release",
           "ru", "Программист сейчас занят: он исправляет одну ошибку и добавляет две новые. "
           "Перезвоните после релиза.", pad="Am:4 Dm:4 E:4 Am:4"),
]

ENCODERS = {
    ".mp3": ["-c:a", "libmp3lame", "-b:a", "96k"],
    ".ogg": ["-c:a", "libvorbis", "-q:a", "2"],
    ".opus": ["-c:a", "libopus", "-b:a", "64k", "-vbr", "constrained"],
    ".m4a": ["-c:a", "aac", "-b:a", "96k", "-movflags", "+faststart"],
    ".flac": ["-c:a", "flac", "-compression_level", "8"],
}


def speak(tone, wav):
    """espeak-ng's voice, 0.7 s into a soft pad that fades out after it; a drum sting after a joke."""
    with tempfile.TemporaryDirectory() as tmp:
        raw = os.path.join(tmp, "voice.wav")
        subprocess.run(["espeak-ng", "-v", tone["voice"], "-s", str(tone["speed"]), "-p", "45", "-w", raw,
                        tone["text"]], check=True)
        voice = synth.read_wav_mono(raw)
    m = synth.Mix()
    start = int(0.7 * synth.SR)
    m.add(start, voice, 1.6, 0.0)
    spoken = (start + len(voice)) / synth.SR
    bpm = 60
    harm = tone["pad"]
    while len(harm.split()) * 4 * 60 / bpm < spoken + 3:
        harm += " " + tone["pad"]
    m.voice(0, bpm, "pad", scores.pad(harm, 3), 0.14, 0.0)
    end = spoken + 1.3
    if tone["kind"] == "joke":  # ba-dum-tss
        m.drums(spoken + 0.25, 120, 2, {"t": "x.x.....", "k": "....x...", "c": "....x..."}, 0.25)
        end = spoken + 2.0
    m.finish(max_seconds=end, fade_out=0.9, peak=0.89)
    return m


def render(tone):
    path = os.path.join(OUT, tone["file"])
    ext = os.path.splitext(path)[1]
    with tempfile.TemporaryDirectory() as tmp:
        wav = os.path.join(tmp, "tone.wav")
        if tone["kind"] == "melody":
            m = tone["render"]()
            m.finish(max_seconds=22.0)
            m.write_wav(wav)
        else:
            m = speak(tone, wav)
            if ext == ".flac":  # lossless, so kept small: mono at 22.05 kHz
                m.write_wav(wav, channels=1, rate=22050)
            else:
                m.write_wav(wav)
        args = ["ffmpeg", "-v", "error", "-y", "-i", wav, "-map_metadata", "-1", "-fflags", "+bitexact",
                "-flags:a", "+bitexact"]
        args += ENCODERS[ext]
        if tone["kind"] != "melody" and ext in (".mp3", ".m4a"):  # speech: mono, 64 kbit/s
            args += ["-ac", "1", "-b:a", "64k"]
        theme = next(t["name"] for t in THEMES if t["id"] == tone["theme"])
        for key, value in (("title", tone["title"]), ("artist", tone["artist"]), ("genre", theme),
                           ("comment", tone["licence"])):
            args += ["-metadata", "%s=%s" % (key, value)]
        subprocess.run(args + [path], check=True)
    return tone["file"]


def catalogue():
    keys = ["file", "title", "artist", "theme", "kind", "price", "tags", "licence", "source"]
    data = {"themes": THEMES, "tones": [{k: t[k] for k in keys} for t in TONES]}
    with open(os.path.join(OUT, "catalogue.json"), "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=2)
        f.write("\n")


def check():
    """Each file decodes without error, lasts as long as its kind should, and is not silent."""
    bad, rows, total = [], [], 0
    for t in TONES:
        path = os.path.join(OUT, t["file"])
        if not os.path.exists(path):
            bad.append("%s: missing" % t["file"])
            continue
        size = os.path.getsize(path)
        total += size
        dec = subprocess.run(["ffmpeg", "-v", "error", "-i", path, "-af", "volumedetect", "-f", "null", "-"],
                             capture_output=True, text=True)
        info = subprocess.run(["ffmpeg", "-hide_banner", "-i", path, "-af", "volumedetect", "-f", "null", "-"],
                              capture_output=True, text=True).stderr
        probe = json.loads(subprocess.run(
            ["ffprobe", "-v", "error", "-show_entries", "format=duration,format_name:stream=codec_name,sample_rate,channels",
             "-of", "json", path], capture_output=True, text=True, check=True).stdout)
        dur = float(probe["format"]["duration"])
        codec = probe["streams"][0]["codec_name"]
        mean = float(re.search(r"mean_volume: (-?[\d.]+) dB", info).group(1))
        peak = float(re.search(r"max_volume: (-?[\d.]+) dB", info).group(1))
        lo, hi = (15, 30) if t["kind"] == "melody" else (5, 12)
        problems = []
        if dec.returncode or dec.stderr.strip():
            problems.append("decode: " + dec.stderr.strip()[:200])
        if not lo <= dur <= hi:
            problems.append("duration %.1f s outside %d-%d s" % (dur, lo, hi))
        if mean < -35:
            problems.append("too quiet: mean %.1f dB" % mean)
        if problems:
            bad.append("%s: %s" % (t["file"], "; ".join(problems)))
        rows.append((t, dur, codec, size, mean, peak))
    print("| title | artist | theme | kind | file | codec | duration, s | size, KB | mean / peak, dB |")
    print("|---|---|---|---|---|---|---|---|---|")
    for t, dur, codec, size, mean, peak in rows:
        print("| %s | %s | %s | %s | %s | %s | %.1f | %d | %.1f / %.1f |" % (
            t["title"], t["artist"], t["theme"], t["kind"], t["file"], codec, dur, size // 1024, mean, peak))
    print("\n%d tones, %d themes, %.2f MB of audio" % (len(rows), len({t["theme"] for t in TONES}), total / 1e6))
    if bad:
        print("\nPROBLEMS:\n" + "\n".join(bad))
    return not bad


def main(argv):
    if argv[:1] == ["--check"]:
        return 0 if check() else 1
    files = {t["file"] for t in TONES}
    unknown = set(argv) - files
    if unknown:
        sys.exit("unknown files: " + ", ".join(sorted(unknown)))
    todo = [t for t in TONES if not argv or t["file"] in argv]
    with ProcessPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        for name in pool.map(render, todo):
            print("made", name, flush=True)
    catalogue()
    return 0 if check() else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

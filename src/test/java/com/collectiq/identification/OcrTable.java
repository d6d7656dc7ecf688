package com.collectiq.identification;

import static com.collectiq.identification.OcrCase.of;

import java.util.List;

/**
 * Realistic OCR outputs of English cards across the bundled sets, as Tesseract and Rekognition
 * return them: whole lines, top to bottom, with their usual mistakes.
 */
final class OcrTable {

    private static final String WOTC = "©1995, 96, 98 Nintendo, Creatures, GAMEFREAK. ©1999 Wizards.";

    private OcrTable() {
    }

    static List<OcrCase> cases() {
        return List.of(
                // --- vintage, clean
                of("base Charizard, clean", "base1-4",
                        "STAGE 2 Evolves from Charmeleon", "Charizard 120 HP", "Put Charizard on the Stage 1 card",
                        "Flame Pokémon. Length: 5' 7\", Weight: 200 lbs.",
                        "Pokémon Power: Energy Burn As often as you like during your turn", "Fire Spin 100",
                        "weakness resistance retreat cost", "Illus. Mitsuhiro Arita " + WOTC + " 4/102 ★")
                        .expect("name", "Charizard", "set", "Base", "number", "4", "printedTotal", "102",
                                "hp", "120", "stage", "Stage 2", "illustrator", "Mitsuhiro Arita",
                                "rarity", "Rare Holo", "variant", "holofoil", "era", "1999 (Wizards of the Coast)"),
                of("base Blastoise, clean", "base1-2",
                        "STAGE 2 Evolves from Wartortle", "Blastoise 100 HP", "Shellfish Pokémon. Length: 5' 3\"",
                        "Pokémon Power: Rain Dance", "Hydro Pump 40+", "Illus. Ken Sugimori " + WOTC + " 2/102 ★")
                        .expect("name", "Blastoise", "number", "2", "hp", "100"),
                of("base Pikachu common", "base1-58",
                        "BASIC POKÉMON", "Pikachu 40 HP", "Mouse Pokémon. Length: 1' 4\", Weight: 13 lbs.",
                        "Gnaw 10", "Thunder Jolt 30", "Illus. Mitsuhiro Arita " + WOTC + " 58/102 ●")
                        .expect("name", "Pikachu", "number", "58", "printedTotal", "102", "variant", "normal", "rarity", "Common"),
                of("Jungle Pikachu", "base2-60",
                        "BASIC POKÉMON", "Pikachu 50 HP", "Mouse Pokémon.", "Spark 20",
                        "Illus. Ken Sugimori " + WOTC + " 60/64 ●")
                        .expect("set", "Jungle", "hp", "50"),
                of("Fossil Zapdos", "base3-15",
                        "BASIC POKÉMON", "Zapdos 80 HP", "Electric Pokémon", "Thunderstorm 40",
                        "Illus. Mitsuhiro Arita " + WOTC + " 15/62 ★").expect("set", "Fossil"),
                of("Base Set 2 Charizard", "base4-4",
                        "STAGE 2 Evolves from Charmeleon", "Charizard 120 HP", "Fire Spin 100",
                        "Illus. Mitsuhiro Arita ©1995, 96, 98, 99 Nintendo, Creatures, GAMEFREAK. ©1999-2000 Wizards. 4/130 ★")
                        .expect("set", "Base Set 2", "printedTotal", "130", "era", "2000 (Wizards of the Coast)"),
                of("Team Rocket Dark Charizard", "base5-4",
                        "STAGE 2 Evolves from Dark Charmeleon", "Dark Charizard 80 HP", "Nail Flick 10",
                        "Continuous Fireball 50x", "Illus. Ken Sugimori ©1995, 96, 98 Nintendo, Creatures, GAMEFREAK. ©2000 Wizards. 4/82 ★")
                        .expect("name", "Dark Charizard", "set", "Team Rocket", "printedTotal", "82"),
                of("Team Rocket secret rare Dark Raichu 83/82", "base5-83",
                        "STAGE 1 Evolves from Pikachu", "Dark Raichu 70 HP", "Surprise Thunder 30",
                        "Illus. Mitsuhiro Arita ©2000 Wizards. 83/82 ★")
                        .expect("name", "Dark Raichu", "number", "83", "printedTotal", "82", "rarity", "Rare Secret"),
                of("Legendary Collection Alakazam", "base6-1",
                        "STAGE 2 Evolves from Kadabra", "Alakazam 80 HP", "Confuse Ray 30",
                        "Illus. Ken Sugimori ©1995-2002 Nintendo, Creatures, GAMEFREAK. ©2002 Wizards. 1/110 ★")
                        .expect("set", "Legendary Collection"),
                of("Gym Heroes Brock's Rhydon", "gym1-2",
                        "STAGE 1 Evolves from Brock's Rhyhorn", "Brock's Rhydon 80 HP", "Bounce Back",
                        "Illus. Ken Sugimori ©2000 Wizards. 2/132 ★").expect("name", "Brock's Rhydon", "set", "Gym Heroes"),
                of("Gym Challenge Blaine's Charizard", "gym2-2",
                        "STAGE 2 Evolves from Blaine's Charmeleon", "Blaine's Charizard 100 HP", "Roaring Flames",
                        "Illus. Ken Sugimori ©2000 Wizards. 2/132 ★").expect("set", "Gym Challenge"),
                of("Neo Genesis Lugia", "neo1-9",
                        "BASIC POKÉMON", "Lugia 90 HP", "Elemental Blast 90",
                        "Illus. Hironobu Yoshida ©1995-2000 Nintendo, Creatures, GAMEFREAK. ©2000 Wizards. 9/111 ★")
                        .expect("name", "Lugia", "set", "Neo Genesis"),
                of("Neo Genesis Typhlosion", "neo1-17",
                        "STAGE 2 Evolves from Quilava", "Typhlosion 100 HP", "Fire Recharge", "Flame Burst 60",
                        "Illus. Shin-ichi Yoshida ©2000 Wizards. 17/111 ★"),
                of("Neo Discovery Hitmontop", "neo2-3",
                        "BASIC POKÉMON", "Hitmontop 60 HP", "Rapid Spin", "Illus. Sumiyoshi Kizuki ©2001 Wizards. 3/75 ★")
                        .expect("set", "Neo Discovery"),
                of("Neo Revelation Blissey", "neo3-2",
                        "STAGE 1 Evolves from Chansey", "Blissey 120 HP", "Illus. Yuka Morii ©2001 Wizards. 2/64 ★"),
                of("Neo Destiny Shining Charizard secret rare", "neo4-107",
                        "BASIC POKÉMON", "Shining Charizard 100 HP", "Flame Burst",
                        "Illus. Hironobu Yoshida ©2002 Wizards. 107/105 ★")
                        .expect("name", "Shining Charizard", "number", "107", "printedTotal", "105", "rarity", "Rare Shining"),

                // --- vintage, noisy
                of("base Charizard, O/0 l/1 confusions", "base1-4",
                        "STAGE 2 Evo1ves from Charrneleon", "Charizord l2O HP", "Put Charizard on the Stage l card",
                        "Fire Spin l00", "Ilus. Mitsuhiro Anta ©1995, 96, 98 Nintendo ©1999 Wizards. 4/1O2 *")
                        .confidence(0.68).expect("name", "Charizard", "number", "4", "printedTotal", "102", "hp", "120"),
                of("base Pikachu, S/5 B/8 confusions", "base1-58",
                        "BASIC POKEMON", "Pikachv 4O HP", "Gnaw lO", "Illus. Mitsuhiro Arita ©1999 Wizards. S8/lO2")
                        .confidence(0.6).expect("name", "Pikachu", "number", "58", "printedTotal", "102", "hp", "40"),
                of("Fossil Zapdos, rn for m and split number", "base3-15",
                        "BASIC POKÉMON", "Zapdos B0 HP", "Thunderstorrn", "Illus. Mitsuhiro Arita ©1999 Wizards. 15 / 62")
                        .confidence(0.7).expect("number", "15", "printedTotal", "62", "hp", "80"),
                of("Dark Charizard, noisy name", "base5-4",
                        "STAGE 2 Evolves from Dark Charmeleon", "Dork Charizord 8O HP", "Continuous Fireball",
                        "©2000 Wizards. 4/B2").confidence(0.65).expect("name", "Dark Charizard", "printedTotal", "82"),
                of("Lugia, stray marks around the name", "neo1-9",
                        "~ BASIC POKÉMON ..", "» Lugia ' 90 HP :", "Elemental Blast", "©2000 Wizards. 9/111")
                        .confidence(0.7).expect("name", "Lugia"),

                // --- trainers and energy
                of("base Bill trainer", "base1-91",
                        "TRAINER", "Bill", "Draw 2 cards.", "Illus. Ken Sugimori " + WOTC + " 91/102 ●")
                        .expect("name", "Bill", "supertype", "Trainer"),
                of("base Professor Oak trainer", "base1-88",
                        "TRAINER", "Professor Oak", "Discard your hand, then draw 7 cards.",
                        "Illus. Ken Sugimori " + WOTC + " 88/102 ◆").expect("name", "Professor Oak"),
                of("base Fire Energy", "base1-98",
                        "Fire Energy", "Illus. Keiji Kinebuchi " + WOTC + " 98/102").expect("name", "Fire Energy", "supertype", "Energy"),
                of("Gym Heroes stadium", "gym1-115",
                        "TRAINER STADIUM", "Pewter City Gym", "Illus. Keiji Kinebuchi ©2000 Wizards. 115/132")
                        .expect("name", "Pewter City Gym", "stage", "Stadium"),
                of("SV Nest Ball item", "sv1-181",
                        "Trainer", "ITEM", "Nest Ball", "Search your deck for a Basic Pokémon",
                        "Illus. Toyste Beach", "G SVI EN 181/198 U", "©2023 Pokémon / Nintendo / Creatures / GAME FREAK")
                        .expect("name", "Nest Ball", "stage", "Item", "regulationMark", "G"),
                of("SV Professor's Research (Sada) supporter", "sv1-189",
                        "Trainer", "SUPPORTER", "Professor's Research", "Discard your hand and draw 7 cards.",
                        "Illus. kirisAki", "G SVI EN 189/198", "©2023 Pokémon / Nintendo / Creatures / GAME FREAK")
                        .expect("name", "Professor's Research (Professor Sada)"),
                of("SV Boss's Orders, name in brackets not printed", "sv2-172",
                        "Trainer", "SUPPORTER", "Boss's Orders", "Illus. NC Empire", "G PAL EN 172/193")
                        .expect("name", "Boss's Orders (Ghetsis)"),
                of("SV Technical Machine tool", "sv4-178",
                        "Trainer", "POKÉMON TOOL", "Technical Machine: Evolution", "Illus. Studio Bora Inc.",
                        "G PAR EN 178/182").expect("set", "Paradox Rift", "setCode", "PAR"),
                of("EVS special energy, no artist", "swsh7-165",
                        "Special Energy", "Treasure Energy", "E EVS EN 165/203")
                        .expect("name", "Treasure Energy", "supertype", "Energy", "regulationMark", "E"),

                // --- modern
                of("SV base Magnemite common", "sv1-63",
                        "BASIC", "Magnemite HP 60", "Tiny Charge 20", "Illus. KIYOTAKA OSHIYAMA",
                        "G SVI EN 063/198 ●", "©2023 Pokémon / Nintendo / Creatures / GAME FREAK")
                        .expect("number", "63", "printedTotal", "198", "hp", "60", "set", "Scarlet & Violet", "era", "2023"),
                of("Obsidian Flames Charizard ex double rare", "sv3-125",
                        "STAGE 2 Evolves from Charmeleon", "Charizard ex HP 330", "Tera", "Infernal Reign",
                        "Burning Darkness 180", "Illus. 5ban Graphics", "G OBF EN 125/197",
                        "©2023 Pokémon / Nintendo / Creatures / GAME FREAK")
                        .expect("name", "Charizard ex", "hp", "330", "setCode", "OBF", "variant", "holofoil"),
                of("151 Charizard ex", "sv3pt5-6",
                        "STAGE 2 Evolves from Charmeleon", "Charizard ex HP 330", "Brave Wing 60",
                        "Illus. PLANETA Mochizuki", "G MEW EN 006/165", "©2023 Pokémon / Nintendo / Creatures / GAME FREAK")
                        .expect("set", "151", "number", "6", "printedTotal", "165"),
                of("Paldean Fates Charizard ex shiny", "sv4pt5-54",
                        "STAGE 2 Evolves from Charmeleon", "Charizard ex HP 330", "Tera", "Illus. 5ban Graphics",
                        "G PAF EN 054/091", "©2024 Pokémon / Nintendo / Creatures / GAME FREAK")
                        .expect("set", "Paldean Fates"),
                of("EVS Umbreon VMAX", "swsh7-95",
                        "VMAX Evolves from Umbreon V", "Umbreon VMAX HP 310", "Dark Signal", "Max Darkness 160",
                        "Illus. AKIRA EGAWA", "E EVS EN 095/203", "©2021 Pokémon / Nintendo / Creatures / GAME FREAK")
                        .expect("name", "Umbreon VMAX", "stage", "VMAX", "setCode", "EVS", "illustrator", "AKIRA EGAWA"),
                of("Crown Zenith Pikachu secret rare", "swsh12pt5-160",
                        "BASIC", "Pikachu HP 70", "Illus. You Iribi", "F CRZ EN 160/159",
                        "©2023 Pokémon / Nintendo / Creatures / GAME FREAK")
                        .expect("number", "160", "printedTotal", "159", "rarity", "Rare Secret"),

                // --- secret rares and full arts with little text
                of("EVS Umbreon VMAX alt art, secret 215/203", "swsh7-215",
                        "Umbreon VMAX HP 310", "KEIICHIRO ITO", "E EVS EN 215/203")
                        .expect("number", "215", "printedTotal", "203", "rarity", "Rare Rainbow"),
                of("Mew ex special illustration rare, little text", "sv4pt5-232",
                        "Mew ex", "232/091", "Illus. USGMEN").expect("number", "232", "printedTotal", "91"),
                of("Gardevoir ex SIR with only name and number", "sv1-245",
                        "Gardevoir ex 310", "245/198").expect("name", "Gardevoir ex"),
                of("Iono full art: name and number only", "sv2-254",
                        "Iono", "254/193").expect("name", "Iono", "number", "254"),
                of("Obsidian Flames Charizard ex SIR 223/197, noisy", "sv3-223",
                        "Charizard ex HP 33O", "lllus. AKIRA EGAWA", "G 0BF EN 223/l97").confidence(0.7)
                        .expect("number", "223", "printedTotal", "197", "setCode", "OBF"),

                // --- prefixed and promo numbers (sets whose cards are not bundled)
                of("Trainer Gallery TG12/TG30", null,
                        "Pikachu VMAX HP 310", "Illus. Ryota Murayama", "F LOR EN TGl2/TG3O")
                        .expect("number", "TG12", "printedTotal", "30"),
                of("SWSH promo SWSHO20", null,
                        "BASIC", "Pikachu HP 60", "PROMO", "Illus. Kagemaru Himeno", "SWSHO20")
                        .expect("number", "SWSH020", "set", "SWSH Black Star Promos", "variantText", "promo"),
                of("SV promo SV001 (no promo set bundled)", null,
                        "BASIC", "Sprigatito HP 70", "SV001", "©2023 Pokémon / Nintendo / Creatures / GAME FREAK")
                        .expect("number", "SV001"),

                // --- hints
                of("owner's hint wins over an unreadable name", "base1-4",
                        "STAGE 2", "#@%&* l2O HP", "4/1O2").confidence(0.5).hints("Charizard", null, null)
                        .expect("name", "Charizard", "number", "4"),
                of("owner's set hint narrows a number read without its total", "base5-4",
                        "Dark Charizard", "4/").hints(null, "Team Rocket", null).expect("set", "Team Rocket"),
                of("owner's number and set hints on a full-art with no number read", "sv3-223",
                        "Charizard ex").hints(null, "OBF", "223/197").expect("number", "223"),
                of("strong reading kept against a conflicting hint, conflict reported", "base1-4",
                        "STAGE 2 Evolves from Charmeleon", "Charizard 120 HP", "Illus. Mitsuhiro Arita " + WOTC + " 4/102 ★")
                        .confidence(0.97).hints("Blastoise", null, null).expect("name", "Charizard"),
                of("1st edition stamp", "base1-4",
                        "STAGE 2 Evolves from Charmeleon", "Edition 1", "Charizard 120 HP",
                        "Illus. Mitsuhiro Arita " + WOTC + " 4/102 ★").expect("variant", "1stEditionHolofoil"),
                of("reverse holo seen by vision on an SV common", "sv1-63",
                        "BASIC", "Magnemite HP 60", "G SVI EN 063/198").visual(0.85, "silver")
                        .expect("variant", "reverseHolofoil"),

                // --- not English: must not crash, must not claim a card
                of("Japanese base Charizard, no number printed", null,
                        "進化 2 リザードから進化", "リザード ン HP120", "ほのおポケモン", "ほのおのうず 100"),
                of("Japanese modern, mixed scripts", null,
                        "たね", "ピカチュウ HP 60", "でんきショック 20", "SV-P 001"));
    }
}

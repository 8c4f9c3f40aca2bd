package id.go.okikab.devstack.demo.civilregistry;

import java.util.List;

/** The names, occupations and streets the demo population is made of (fictitious people). */
public final class Names {

  // common names in South Sumatra
  public static final List<String> MALE_FIRST =
      List.of(
          "Ahmad",
          "Muhammad",
          "Abdul",
          "Agus",
          "Andi",
          "Arif",
          "Bayu",
          "Budi",
          "Dedi",
          "Deni",
          "Eko",
          "Fajar",
          "Fauzan",
          "Hadi",
          "Hasan",
          "Heri",
          "Ilham",
          "Irfan",
          "Iwan",
          "Joko",
          "Lukman",
          "Rahmat",
          "Ridwan",
          "Rizki",
          "Rudi",
          "Sofyan",
          "Syahrul",
          "Taufik",
          "Wahyu",
          "Yusuf",
          "Zainal",
          "Arman",
          "Firman",
          "Doni",
          "Gilang",
          "Hafiz",
          "Imam",
          "Nanda",
          "Reza",
          "Saiful");
  public static final List<String> MALE_SECOND =
      List.of(
          "Saputra",
          "Pratama",
          "Hidayat",
          "Kurniawan",
          "Setiawan",
          "Gunawan",
          "Ramadhan",
          "Firmansyah",
          "Hakim",
          "Syahputra",
          "Wijaya",
          "Santoso",
          "Nugraha",
          "Irawan",
          "Susanto",
          "Prasetyo",
          "Maulana",
          "Akbar",
          "Rahman",
          "Fadillah");
  public static final List<String> FEMALE_FIRST =
      List.of(
          "Siti", "Nur", "Dewi", "Sri", "Rina", "Ani", "Yuni", "Fitri", "Ratna", "Indah", "Maya",
          "Putri", "Aisyah", "Wulan", "Rahma", "Dina", "Eka", "Lina", "Mega", "Novi", "Rika",
          "Tuti", "Umi", "Yanti", "Zahra", "Nabila", "Aulia", "Anisa", "Desi", "Evi", "Intan",
          "Kartika", "Laila", "Melati", "Nurul", "Rosmala", "Sinta", "Tika", "Vina", "Winda");
  public static final List<String> FEMALE_SECOND =
      List.of(
          "Sari",
          "Wati",
          "Lestari",
          "Anggraini",
          "Rahmawati",
          "Susanti",
          "Yulianti",
          "Permatasari",
          "Puspitasari",
          "Handayani",
          "Wulandari",
          "Safitri",
          "Maharani",
          "Oktaviani",
          "Aprilia",
          "Ningsih",
          "Fitriani",
          "Marlina",
          "Agustina",
          "Novitasari");
  static final List<String> HEAD_WORK =
      List.of(
          "Petani/Pekebun",
          "Petani/Pekebun",
          "Petani/Pekebun",
          "Wiraswasta",
          "Pedagang",
          "Nelayan/Perikanan",
          "Buruh Harian Lepas",
          "Karyawan Swasta",
          "Pegawai Negeri Sipil",
          "Sopir",
          "Perangkat Desa",
          "Guru");
  static final List<String> WIFE_WORK =
      List.of("Pedagang", "Guru", "Petani/Pekebun", "Wiraswasta", "Karyawan Swasta", "Bidan");
  static final List<String> STREETS =
      List.of(
          "Jl. Merdeka",
          "Jl. Lintas Timur",
          "Jl. Pembangunan",
          "Jl. Masjid Agung",
          "Jl. Sukamaju",
          "Jl. Letnan Mukhtar Saleh",
          "Jl. Ahmad Yani",
          "Jl. Kartini",
          "Lorong Damai",
          "Jl. Pangeran Ratu");

  private Names() {}
}

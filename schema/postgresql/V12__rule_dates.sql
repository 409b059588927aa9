-- A rule may hold only on some dates: «31.12»–«01.01» every year, or «30.12.2026»–«08.01.2027» once, as the cabinet writes them.
ALTER TABLE rules ADD COLUMN date_from TEXT;
ALTER TABLE rules ADD COLUMN date_to TEXT;

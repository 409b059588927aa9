-- The shelves every installation starts with; the demo catalogue and editors fill them.
INSERT INTO themes (id, name, position) VALUES
    ('pop', 'Поп', 10),
    ('rock', 'Рок', 20),
    ('classical', 'Классика', 30),
    ('holidays', 'Праздники', 40),
    ('children', 'Детские', 50),
    ('humour', 'Юмор', 60),
    ('status', 'Статусы', 70)
ON CONFLICT (id) DO NOTHING;

-- The language an account reads the interface in; NULL follows the browser's Accept-Language.
ALTER TABLE users ADD COLUMN language text
    CHECK (language IN ('en', 'th', 'zh-Hans', 'ru', 'pt-BR', 'fr', 'ar'));

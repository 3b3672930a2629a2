/**
 * Passwords attackers try first (from public breach top lists, plus Brazilian favourites). Shorter ones are
 * already refused by the length rule; they stay so the list also serves shorter policies. Compared lowercased.
 */
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set([
  '123456', '123456789', '12345678', 'password', 'qwerty123', 'qwerty', '1234567890', '1234567', '12345', '123123',
  '111111', 'abc123', 'password1', '1q2w3e4r', '1q2w3e4r5t', '1q2w3e4r5t6y', 'qwertyuiop', '123321', '654321', '666666',
  '0123456789', '1234512345', '1111111111', '0000000000', '9876543210', '1122334455', '1234554321', '1029384756',
  'qwerty1234', 'qwertyuiop1', 'password12', 'password123', 'password1234', 'passw0rd123', 'p@ssw0rd123', 'p@ssword123',
  'iloveyou12', 'iloveyou123', 'princess123', 'sunshine123', 'football123', 'baseball123', 'superman123', 'batman1234',
  'welcome123', 'welcome1234', 'letmein123', 'monkey1234', 'dragon1234', 'master1234', 'trustno1234', 'starwars123',
  'administrator', 'admin12345', 'admin123456', 'administrador', 'root123456', 'changeme123', 'changeit123',
  'abcdefghij', 'abcd123456', 'abc1234567', 'aaaaaaaaaa', 'asdfghjkl1', 'asdfghjkl123', 'zxcvbnm123', 'qazwsxedc123',
  '1qaz2wsx3edc', 'zaq12wsx', 'q1w2e3r4t5', 'q1w2e3r4t5y6', 'a1b2c3d4e5', '12qwaszx12', 'passwordpassword',
  'senha12345', 'senha123456', 'senhasenha', 'minhasenha', 'minhasenha123', 'mudar12345', 'mudar123456', 'trocar12345',
  'brasil12345', 'brasil2024', 'brasil2025', 'flamengo123', 'corinthians', 'corinthians1', 'palmeiras123', 'saopaulo123',
  'vasco123456', 'gremio12345', 'cruzeiro123', 'santos12345', 'internet123', 'provedor123', 'provedor2024',
  'netprovider', 'netprovider1', 'netprovider123', 'wifi123456', 'roteador123', 'fibra12345', 'mudarsenha',
  'teste12345', 'teste123456', 'testetest', 'testtest12', 'qwe123qwe123', 'asd123asd123', 'mesmasenha', 'naosei12345',
]);

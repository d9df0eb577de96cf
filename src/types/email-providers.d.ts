declare module 'email-providers' {
  /** Free and consumer mail domains (gmail.com, outlook.com, yandex.ru, …). */
  const domains: string[];
  export default domains;
}

import { fromWordStart } from './word-start.js';

/**
 * A service's notice to its user in German, French, Spanish, Italian, Dutch, Portuguese and Polish:
 * an order shipped or thanked for, an invoice ready, a subscription ending, a password changed, a
 * new sign-in, a message waiting, an appointment confirmed, a verification code. Never an answer to
 * us; without these they were `other` and reached a rep. Read on the reply's normal form (lower
 * case, accents kept), one kind a line. Tested beside the service notices (auto-reply.ts), not
 * joined to them: the rules' words are what a typo is corrected into (rule-words.ts), and a
 * Spanish "acceso" must not become this list's Italian "accesso".
 */
/** An order's number as these services write it: "#55102", "n° 4471", "nr 88-12". */
const ORDER_NUMBER = String.raw`( (n°|nr\.?|no\.?)?\s?#?[\w-]*\d[\w-]*)?`;

const NOTICES_ABROAD = [
  // An order shipped, delivered, confirmed: "Ihre Bestellung #55102 wurde versandt".
  String.raw`(ihre|deine) bestellung${ORDER_NUMBER} (wurde|ist) (versandt|verschickt|zugestellt|storniert|bestätigt|unterwegs)|votre commande${ORDER_NUMBER} (a été|est) (expédiée|livrée|confirmée|annulée|en cours de livraison)|(su|tu) pedido${ORDER_NUMBER} (ha sido|fue|está) (enviado|entregado|confirmado|cancelado|en camino)|il tuo ordine${ORDER_NUMBER} (è stato|è) (spedito|consegnato|confermato|annullato|in consegna)|(uw|je) (bestelling|pakket)${ORDER_NUMBER} (is|wordt) (verzonden|bezorgd|bevestigd|geannuleerd|onderweg)|(seu|o seu) pedido${ORDER_NUMBER} (foi|está) (enviado|entregue|confirmado|cancelado|a caminho)|twoje zamówienie${ORDER_NUMBER} (zostało|jest) (wysłane|dostarczone|potwierdzone|anulowane|w drodze)`,
  String.raw`^(su|tu) pedido ha sido enviado|^(je|uw) pakket is onderweg`,
  // Thanks for an order: "Bedankt voor je bestelling!"
  String.raw`vielen dank für (ihre|deine) bestellung|merci pour votre (commande|achat)|gracias por (su|tu) (pedido|compra)|grazie per il tuo (ordine|acquisto)|bedankt voor (je|uw) (bestelling|aankoop)|obrigad[oa] pel[oa] (seu |sua )?(pedido|compra)|dziękujemy za (zamówienie|zakup)`,
  // An invoice ready: "Votre facture de novembre est disponible dans votre espace client."
  String.raw`(ihre|deine) rechnung( [^.!?]{1,30})? (ist|steht) (jetzt )?(verfügbar|bereit|online)|votre facture( [^.!?]{1,30})? est (disponible|prête)|(su|tu) factura( [^.!?]{1,30})? (ya )?está disponible|la tua fattura( [^.!?]{1,30})? è disponibile|(uw|je) factuur( [^.!?]{1,30})? (is|staat) (klaar|beschikbaar)|(sua|a sua) fatura( [^.!?]{1,30})? está disponível|twoja faktura( [^.!?]{1,30})? jest dostępna`,
  // A subscription ending: "Il tuo abbonamento scade tra 3 giorni."
  String.raw`(ihr|dein) abonnement (läuft|endet) (in|am|bald|ab)|votre abonnement (expire|se termine|arrive à échéance)|(su|tu) suscripción (caduca|vence|expira|finaliza)|il tuo abbonamento (scade|è scaduto)|(uw|je) abonnement (verloopt|loopt af)|(sua|a sua) assinatura (expira|vence)|twoja subskrypcja (wygasa|wygaśnie)`,
  // A password changed: "Uw wachtwoord is gewijzigd."
  String.raw`(ihr|dein) passwort wurde (geändert|zurückgesetzt)|votre mot de passe a été (modifié|changé|réinitialisé)|(su|tu) contraseña (ha sido|fue) (cambiada|modificada|restablecida)|la tua password è stata (modificata|cambiata|reimpostata)|(uw|je) wachtwoord is (gewijzigd|gereset|veranderd)|(sua|a sua) senha foi (alterada|redefinida)|twoje hasło zostało (zmienione|zresetowane)`,
  // A new sign-in: "Nowe logowanie do Twojego konta z urządzenia Windows."
  String.raw`neue anmeldung (bei|in|auf|an)|nouvelle connexion (à|a|sur) votre compte|nuevo inicio de sesión|nuovo accesso (al|a|sul) tuo account|nieuwe (aanmelding|inlog)|novo (acesso|login|início de sessão) (na|à|a) sua conta|nowe logowanie`,
  // A message or a voicemail waiting: "Sie haben eine neue Nachricht in Ihrem Postfach.", "Sie haben
  // eine neue Sprachnachricht von +49…"
  String.raw`sie haben eine neue (sprach)?nachricht|vous avez (un nouveau message|reçu un (nouveau )?message)|tienes? un nuevo mensaje|hai un nuovo messaggio|(u hebt|je hebt|u heeft) een nieuw bericht|você tem uma nova mensagem|masz nową wiadomość`,
  // An appointment confirmed or moved: "Votre rendez-vous du 2 décembre à 10h00 est confirmé."
  String.raw`(ihr|dein) termin( [^.!?]{1,40})? (ist|wurde) (bestätigt|gebucht|verschoben|abgesagt)|votre rendez-vous( [^.!?]{1,40})? (est|a été) (confirmé|annulé|reporté|déplacé)|(su|tu) cita( [^.!?]{1,40})? (está|ha sido) (confirmada|cancelada)|il tuo appuntamento( [^.!?]{1,40})? è (confermato|stato (annullato|spostato))|(uw|je) afspraak( [^.!?]{1,40})? is (bevestigd|geannuleerd|verplaatst)|(sua|a sua) consulta( [^.!?]{1,40})? (está|foi) (confirmada|cancelada)|twoja wizyta( [^.!?]{1,40})? (jest|została) (potwierdzona|odwołana)`,
  // A verification code: "Tu código de verificación es 482913."
  String.raw`(ihr|dein) (bestätigungs|verifizierungs|sicherheits)code( lautet| ist)?:? \d|votre code (de vérification|de confirmation|de sécurité)( est)?:? \d|(su|tu) código de (verificación|seguridad|confirmación)( es)?:? \d|il tuo codice (di verifica|di sicurezza|di conferma)( è)?:? \d|(uw|je) (verificatiecode|beveiligingscode)( is|:)? \d|(seu|o seu) código de (verificação|segurança|confirmação)( é)?:? \d|twój kod (weryfikacyjny|bezpieczeństwa|potwierdzający)( to)?:? \d`,
  // A password changed "successfully", a parcel on its way or delivered, an appointment tomorrow:
  // "Ihr Passwort wurde erfolgreich geändert.", "Votre colis a été livré.", "Recordatorio: su cita
  // es mañana a las 10:00."
  String.raw`passwort wurde erfolgreich (geändert|zurückgesetzt)|mot de passe a été (modifié|changé|réinitialisé) avec succès|contraseña (se )?(ha sido|fue) (cambiada|actualizada) (correctamente|con éxito)|password è stata (modificata|cambiata) (correttamente|con successo)|wachtwoord is succesvol (gewijzigd|gereset)|senha foi (alterada|redefinida) com sucesso|hasło zostało (pomyślnie )?zmienione`,
  String.raw`(votre|ton) colis (a été|est|sera) (livré|expédié|en cours de livraison|en route)|(ihr|dein) paket (wurde|wird|ist) (heute )?(zugestellt|versandt|unterwegs)|(su|tu) paquete (ha sido|fue|será|está) (entregado|enviado|en camino)|il tuo pacco (è stato|sarà|è) (consegnato|spedito|in consegna)|(uw|je) pakket (is|wordt) (vandaag |morgen )?(tussen [\d:.]+ en [\d:.]+ (uur )?)?(bezorgd|afgeleverd|verzonden|onderweg)|(a sua|sua) encomenda${ORDER_NUMBER} (foi|será|está) (enviada|entregue|a caminho)|(twoja )?paczka (została|zostanie) (dostarczona|wysłana|nadana)`,
  String.raw`(su|tu) cita( [^.!?]{1,40}?)? es (mañana|hoy|el)\b|votre rendez-vous( [^.!?]{1,40}?)? (est|a lieu) (demain|aujourd'hui|le)\b|(ihr|dein) termin( [^.!?]{1,40}?)? ist (morgen|heute|am)\b|il tuo appuntamento è (domani|oggi)\b|(uw|je) afspraak is (morgen|vandaag|op)\b|(a sua|sua) consulta é (amanhã|hoje)\b|twoja wizyta (jest|odbędzie się) (jutro|dziś|dzisiaj)`,
  // A meeting starting, a subscription renewed, a task assigned: 'Przypomnienie: spotkanie "Demo
  // ClaimDesk" rozpocznie się za 15 minut.', "Sua assinatura do Spotify foi renovada.", 'Anna
  // Schmidt hat Ihnen eine Aufgabe zugewiesen: "Angebot für Nordwind prüfen".' (a task's title, not
  // a request for a quote).
  String.raw`(beginnt in|startet in|commence dans|débute dans|comienza en|empieza en|inizia tra|inizia fra|begint over|começa em|rozpocznie się za|zaczyna się za) \d+ (minuten|minutes|minutos|minuti|minut)`,
  String.raw`(ihr|dein) abonnement( [^.!?]{1,30}?)? wurde (verlängert|erneuert)|votre abonnement( [^.!?]{1,30}?)? a été renouvelé|(su|tu) suscripción( [^.!?]{1,30}?)? (ha sido|fue|se ha) renovad[oa]|il tuo abbonamento( [^.!?]{1,30}?)? è stato rinnovato|(uw|je) abonnement( [^.!?]{1,30}?)? is verlengd|(sua|a sua) assinatura( [^.!?]{1,30}?)? foi renovada|subskrypcja( [^.!?]{1,30}?)? została odnowiona`,
  String.raw`(hat|haben) (ihnen|dir) (eine|die) aufgabe zugewiesen|vous a (assigné|attribué) (une|la) tâche|te ha asignado (una|la) tarea|le ha asignado (una|la) tarea|ti ha assegnato (un|il|una|l') ?(compito|attività)|heeft (u|je) een taak toegewezen|atribuiu uma tarefa a (você|si)|przypisał(a)? (ci|pani|panu) zadanie`,
];

export const noticeAbroad = fromWordStart(new RegExp(NOTICES_ABROAD.join('|')));

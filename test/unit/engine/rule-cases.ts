// Sentences each rule must fire on and must not fire on. One table per rule;
// the meta-test requires an entry for every registered rule.
import type { Example } from '../../../src/engine/rule';

export interface RuleCases {
  fires: Example[];
  passes: Example[];
}

const reply = (text: string, replyTo = 'ada'): Example => ({ text, kind: 'reply', replyTo });

export const RULE_CASES: Record<string, RuleCases> = {
  'passing-plug': {
    fires: [
      "Do the family shots before the drinks reception. (I'm booking 2026 now if you want someone to hunt Uncle Dave down.)",
      "recorded the bridge 14 times today. anyway the new single is out friday, it's the one with the bridge",
      'streaming the whole run tonight 8pm, come lurk',
      reply('32mm hole for great tits. I sell a few at the car boot for £12, but any untreated wood does the job.'),
      "We're hiring a part-time vet nurse, 24 hours a week, no weekends.",
    ],
    passes: [
      "We're booking a holiday for the spring, any tips for Crete?",
      'My kid is streaming tonight and I do not understand a word of it.',
      reply('That song is finally out of my head, thank you for nothing.'),
    ],
  },
  'company-offer': {
    fires: [
      reply("Ugh, that looks rough. We do full garden clearances across north Leeds, waste removal included."),
      "Fernbrook Tea is now shipping to Ireland and France.",
      'Willow Dental now offers evening appointments on Tuesdays and Thursdays.',
      "We're now accepting new clients for the spring.",
      'Request a demo and see it on your own data.',
      reply("That's exactly the problem we solve at Northbeam every day."),
      "We've got availability from Feb if you need a hand.",
      'New patients are welcome, and the first visit includes a clean.',
    ],
    passes: [
      "We do the school run across town twice a week, it is exhausting.",
      'The library now opens at 9 on Saturdays, which is great news for us early birds.',
      'We provided the snacks for the school trip and the kids loved them.',
      'Is anyone else now working four days a week? How is it going?',
      reply('Exactly what we did last year, and it worked.'),
    ],
  },
  'shop-news': {
    fires: [
      "🏡 JUST LISTED in Millbrook! 3 bed semi with the garden everyone asks about.",
      "New on the counter this week: fig and walnut loaves 🌾",
      reply("yes!! the cardamom buns are back this Saturday, we only make 60 so come early x"),
      'Rainy Tuesday ☔ The pear and ginger scones are back and the kettle is on. See you on Church Street!',
      'New tees are in, six colours this time.',
      'Focaccia fridays are back, 9am till it is gone.',
      'Just landed: the autumn wool in three shades.',
      '🥐 Pop in early, they never last past nine!',
      "Just in 🚲 3 refurbished commuter bikes, £220 each.",
      "We drop 40 pieces every sunday 8pm, nothing over £45.",
    ],
    passes: [
      "Just in time for the weekend: our stall is at the market till 4.",
      "The ducks are back on the pond 🦆",
      "Spring is back and so is my hay fever.",
      "Just in time for dinner, phew.",
      "Our tomatoes are in the ground at last.",
      'The kids are back at school and the house is so quiet.',
      'My headaches are back, has anyone tried magnesium?',
      'We got back in the car and drove home singing.',
      'Thank you so much, this made my week 😊',
    ],
  },
  'contact-lure': {
    fires: [
      reply("Happy birthday! You can make $6,000 in 7 days with just $500, inbox me for info"),
      "send INFO to t.me/richlife_mentor",
      "work from home 🏠 earn $200-$500 daily, Telegram: @RichWithRuby_official",
      reply("Kindly reach me on Telegram @hr_recruit_anna for interview today."),
      'Earn $500 a day from home with my forex signals, WhatsApp me on +44 7700 900123',
      reply('$MOONPUP about to explode, CA in bio, dont fade'),
      'Message the page or call 07700 900412 to book.',
      'Text me on WhatsApp for the investment plan.',
      "WINNER! You have been selected for a reward.",
      "Claim your prize before midnight.",
      "Text WIN to 80082 now.",
    ],
    passes: [
      reply("Don’t give them 15% of your royalties when you’re making £11 a month."),
      "anyone else get “congratulations you have been selected” texts 3x a day now?",
      reply("lol what \"passive income\" means to these people: DMing 400 strangers a day"),
      "You won't believe how tired I am today.",
      "Text me when you land, ok?",
      'Lost dog near the park, brown and white, answers to Biscuit. 07700 900555',
      'My grandad used to say buy land, they are not making more of it.',
      'The number 0161 496 0000 is the council switchboard, they were helpful.',
    ],
  },
  'call-to-action': {
    fires: [
      'Buy the starter kit before Friday.',
      'Our new course is live, sign up today.',
      'Full guide is free, link in bio.',
      'DM me for the template and pricing.',
      'Use code SPRING for the bundle.',
      'Subscribe for more tips like this.',
      'So go download it and tell your friends.',
      "New members get the first month for £1 with code BDAY2.",
      "DM for a free valuation.",
      "Full results in our report, link in comments.",
      "Same-week appointments, book at fernhill.example/book",
    ],
    passes: [
      "She is at £640 of £1000 for the hospice. Link below, even a quid helps.",
      'I signed up for my first marathon and I am terrified.',
      'We bought a house last year and the garden is finally growing.',
      'Does anyone know where to buy decent coffee near the station?',
      'My daughter wants to subscribe to every cat channel on earth.',
      'The download speed at this cafe is a small miracle.',
    ],
  },
  urgency: {
    fires: [
      "Only letting 5 more people into the group before I close it.",
      'Only 3 spots left for the cohort.',
      'Last chance, the offer ends tonight.',
      "Hurry, these won't last.",
      'Limited time only for early members.',
      "Don't miss out on the founder pricing.",
      "DOUBLE points on ALL purchases, this weekend ONLY!!!",
    ],
    passes: [
      "My in-laws are in town this weekend only, wish me luck.",
      'I finally had time to read the last chapter tonight.',
      'We ran out of milk, so pancakes are cancelled.',
      'The spots on the leopard at the zoo were amazing.',
    ],
  },
  'tips-then-offer': {
    fires: [
      reply("1. Never put sponge in the fridge 2. Wrap it while warm 3. Or just order one of mine 😂"),
      "4. Measure twice before you order tiles. That is where we come in, free survey all month.",
      'Before your first ride: 1. squeeze the brakes 2. pump the tyres 3. lube the chain. Or skip all that, £40 safety check with us, done same day.',
      'Number 4 is the one most managers skip. That last one is why I created The Leadership Lab, a 6-week cohort.',
      'Most teams lose a day a week to this. If anyone wants us to run these for them, our calendar is open.',
      'Grind finer, use fresher beans, weigh your dose. Ours ship within 48h of roasting.',
    ],
    passes: [
      reply("That is where the fun comes in, honestly: the last mile is the best part."),
      'Before your first ride: 1. squeeze the brakes 2. pump the tyres 3. lube the chain. Have fun out there!',
      'Or skip the gym and walk to work, it counts too.',
      'That last one is why I stopped drinking coffee after noon.',
      'Thanks for the tip! Ours are planted next to the fence, so they get the afternoon sun.',
    ],
  },
  'offer-pricing': {
    fires: [
      "the protein cookies are back, 12 for £18, ships monday",
      "My new zine is pay what you want this week.",
      "Our spa weekends start at £189pp incl dinner.",
      "First 100 units £29 at wattwatch.example",
      "Our plan is £29 a month, cancel any time.",
      'Get 50% off the planner this week.',
      'The full course is just $49.',
      'Start your free trial today.',
      'Grab the free ebook while you can.',
      'Here is what we have to offer.',
      "Free for up to 10 certs if you want to try it.",
      "First call is free, I will send you the details.",
      "Call us for a free 15-minute consultation.",
      "We review petitions for a flat $299.",
      "€29, one-time, yours forever.",
      "My full 21-day gut reset plan is $29 at the link.",
      "Tickets £6 on the door, doors 7:30.",
      "We've got same-week appointments, £45 initial.",
      "£22 with free UK postage.",
      "Would it be alright if I sent over our price list?",
    ],
    passes: [
      reply("The senior railcard is £30 a year, it paid for itself on the first trip."),
      "Lol the last place wanted $190 a night + an $85 cleaning fee.",
      "Found a hinge jig for £9 off the market and the doors finally close.",
      reply("I have seen the same script go from $140 to $22 with a discount card."),
      "Parking is free for 2 hours on Sundays.",
      "A $5/mo VPS is plenty for a portfolio project.",
      "I got buckets of stocks for like £12 each at the market.",
      'Feel free to disagree, I am still learning.',
      'I offered to help my neighbour move on Saturday.',
      'Took 50% longer than planned, as usual.',
    ],
  },
  puffery: {
    fires: [
      "The Jade Method is the ONLY program that fixes posture and builds strength in 20 minutes.",
      "Honestly the most reliable roofers in Kent, book us before the winter.",
      "Every board is hand-shaped. No one else offers this.",
      "The only piano studio in Calderdale with a grand in every room. Autumn places open now.",
      "Come try our HIIT class, the hardest 30 mins in town 😤",
      "Truly the only budgeting app made for freelancers, nothing else comes close.",
      'We make the best sourdough in town, the only one worth the drive.',
      'Our coffee is the freshest you can buy in the city.',
      'Our world-class team built a revolutionary product.',
      'This plugin is a total game-changer.',
      'The #1 platform for creators.',
      'Cutting-edge AI for industry-leading results.',
    ],
    passes: [
      "She is the only person who remembered my birthday this year.",
      "We had the best pizza in Naples last night, order the marinara if you go.",
      "The oldest pub in York has a ghost tour on Fridays, apparently.",
      'This was the best day of my life, thank you all.',
      'My sister makes the best lasagne, I will never match it.',
      'The view from the hill was beautiful this morning.',
      'My team worked hard on this and I am proud of them.',
      'Second place at the local chess club, not bad for a beginner.',
    ],
  },
  'announcement-opener': {
    fires: [
      'Excited to announce our new platform for teams.',
      'Proud to share that our app is now available.',
      'Introducing the fastest way to send invoices.',
      'Big news: we just launched version two.',
    ],
    passes: [
      'After two years of night shifts I finally passed the exam. Thank you to everyone who quizzed me.',
      'We had a long day at the lake and the kids are asleep already.',
      'Story time. Two years ago I nearly quit. Then I met Ana, and she taught me everything. We are excited to share what we learned later.',
    ],
  },
  'self-focus': {
    fires: [
      'We built our platform because we know our tech is the best. Our team, our vision, our way.',
      'Our company is growing fast. We hired ten people and we opened our second office. Our clients love us.',
    ],
    passes: [
      'I started a new job today. Nervous, but the team was kind to me.',
      'What do you think about the new library? Your take on it would help.',
      'We moved the meetup to Thursday so more of you can come. What time suits you?',
    ],
  },
  'you-pitch': {
    fires: [
      "You deserve better. You'll love this.",
      'Here is why you need it.',
      'Tired of losing leads every month?',
      'Your business needs a real strategy.',
      "Let's chat about your funnel.",
      "You need a partner who understands your market. You need us.",
      "Struggling with late invoices? We fix that.",
      "Are you tired of guessing your numbers?",
    ],
    passes: [
      "You need to rest, seriously. Take the weekend off!",
      "You deserve the biggest pizza in the world and I am buying.",
      reply("You deserve this, Funmi. Congratulations!"),
      "Curious how others handle this? I never know what to say.",
      "Her mum is struggling with the costs, so we are raising money.",
      "Take all the time you need, we have your shifts covered.",
      'Do you need a hand with the move on Saturday?',
      'Thank you for the advice, you were right about the tests.',
      'What do you think of the new release?',
      'If you need anything, just shout.',
    ],
  },
  'hashtag-stuffing': {
    fires: [
      'New post up #marketing #growth #sales',
      'Good morning #monday #motivation #hustle #grind',
      // Network conventions: only Mastodon gives hashtags room (they are how posts are found there).
      { text: 'New post up #marketing #growth #sales', site: 'bluesky' },
      { text: 'New post up #marketing #growth #sales', site: 'threads' },
      { text: 'New post up #Marketing #Growth #Sales #Business #Success #Hustle', site: 'mastodon' },
      { text: 'Thanks! #a11y #WebDev #CSS #HTML #JavaScript #React #Frontend', site: 'mastodon', kind: 'reply', replyTo: 'ada' },
    ],
    passes: [
      'Wrote up my notes from the conference #devrel #a11y',
      'Issue #1234 is finally fixed, thanks everyone.',
      'Sharp & #1 fans will get the reference',
      { text: 'Wrote up my notes from the conference, corrections welcome. #DevRel #a11y #Accessibility #WebDev', site: 'mastodon' },
      { text: 'Our garden finally has tomatoes. #gardening #Tomatoes #GrowYourOwn #allotment #SilentSunday', site: 'mastodon' },
      { text: 'Issue #1234 is fixed on my server too, thanks! #mastoadmin', site: 'mastodon' },
    ],
  },
  shouting: {
    fires: [
      'HUGE SALE TODAY, everything must go.',
      'HUGE SALE!!! EVERYTHING MUST GO, ORDER NOW!!!',
      'BUY NOW before it is gone.',
    ],
    passes: [
      'Our CEO spoke at the NASA event about SEO.',
      'Congrats!! So deserved.',
      'I am SO tired today, but happy.',
      'WE CLOSED ON THE HOUSE!!! I AM CRYING!!!',
      'ELLIE!!! A FIRST?!?! SO SO PROUD OF YOU',
    ],
  },
  'engagement-bait': {
    fires: [
      "Only a few of you will get this. DM me \"IN\" 🔥",
      "Follow for part 2 tomorrow 👀",
      "Want the recipe? Just comment PASTA 👇",
      "part 2 is wild, follow so u dont miss it tmrw",
      'Like if you agree.',
      'Tag a friend who needs to hear this.',
      "Comment YES and I'll DM you the guide.",
      'Follow for more tips on productivity.',
      'Who else agrees?',
    ],
    passes: [
      reply("text me ASAP when you land, mum is worried"),
      "That is it. No course, no funnel, no ‘comment WRITE below’.",
      "Steph is shaving her head for the children’s ward and is £340 off her target, please share if you can.",
      'I would like to hear how your team handles on-call.',
      'Who is going to the meetup on Thursday?',
      'We tagged the release last night, thanks to everyone who tested it.',
    ],
  },
  'link-pitch': {
    fires: [
      "I stream cozy games every night, come hang 👉 twitch.tv/mossymoth_",
      'Check out our tool here: https://example.com',
      'Sign up at www.example.com/join today.',
      reply('I wrote about this: https://myblog.example.com/post'),
      reply('Our app does this, https://myapp.io'),
    ],
    passes: [
      "My flatmate is running for the hospice. Check out her page 👉 helpfund.org/ana, even a quid helps.",
      'Has anyone tried this approach? https://example.com/paper',
      'Great piece by @ada on testing: https://example.com/article',
      'The slides from the talk, via @grace: https://example.com/slides',
    ],
  },
  'own-product': {
    fires: [
      'Our app solves exactly this problem.',
      reply('Great thread! Our platform covers this in depth.'),
      'My new book is out next month.',
    ],
    passes: [
      'My dog learned to open the fridge.',
      'Our kids built a fort in the living room.',
      'What app do you use for notes?',
    ],
  },
  'genuine-question': {
    fires: [
      'Has anyone found a good way to run retros with a remote team?',
      'How do you decide when a side project is done?',
      'What is the best book you read this year?',
    ],
    passes: [
      'Tired of losing leads every month?',
      'Want to 10x your sales this quarter?',
      'Ready to transform your mornings?',
      'I finished the book last night.',
      'Really?',
    ],
  },
  'specific-info': {
    fires: [
      'What I learned after 12 customer interviews.',
      'Lessons learned from shipping late.',
      'It cut our build time by 40% in 3 weeks.',
      'Pro tip: pin your dependencies.',
      'Three things:\n1. write tests\n2. ship small\n3. sleep',
    ],
    passes: [
      'Get 50% off the course now.',
      'Lovely evening with friends.',
      'Only $49 this week.',
    ],
  },
  'credit-others': {
    fires: [
      'This thread by @ada on pricing is the clearest I have read.',
      'Great trick for flaky tests (h/t @grace).',
      'Thanks to Maria for teaching me this.',
      'Interesting find via @bob',
      'I learned this from my first manager.',
    ],
    passes: [
      'I figured this out on my own after a long night.',
      'Our product is the best on the market.',
      'Going for a walk.',
    ],
  },
  teaching: {
    fires: [
      "If you're stuck on flaky tests, try this: run them in random order.",
      "Here's how I plan a week with two kids and a job.",
      'The fix was to set the timezone explicitly.',
      'Start with the smallest version that could work.',
    ],
    passes: [
      'Here is how to get it: link in bio.',
      'Lovely weather for a picnic.',
      'We launched the new site.',
    ],
  },
  gratitude: {
    fires: [
      'Thank you @grace, your notes saved me a week.',
      'Thanks for the thoughtful review.',
      'So grateful for this community.',
      'Really appreciate you taking the time.',
    ],
    passes: [
      'No thanks, I will pass on this one.',
      'Thanks to Maria for teaching me this.',
      'The meeting ran long again.',
    ],
  },
  congratulate: {
    fires: [
      'Congrats on the new role, Maya!',
      'Congratulations to the whole team at the clinic.',
      reply('Well deserved, so happy for you.'),
    ],
    passes: [
      'We hit our quarterly numbers.',
      'The team meeting is at noon.',
      'Excited to announce our new product.',
    ],
  },
  curiosity: {
    fires: [
      reply('How did you decide when to stop adding features?'),
      'What do you think about four-day weeks?',
      "I'd love to hear how your team handles on-call.",
      'Have you tried pairing on reviews?',
    ],
    passes: [
      'We handle on-call with a rota.',
      'Tired of bad meetings?',
      'The report is attached.',
    ],
  },
  'offer-help': {
    fires: [
      'Going through the same migration. Happy to share my notes if it helps.',
      'Let me know if I can help with the move.',
      'I can intro you to a great designer, no strings.',
    ],
    passes: [
      'Help us reach our goal by signing up.',
      'We need help finding a venue.',
      'I helped set up the chairs.',
    ],
  },
  'engage-reply': {
    fires: [
      reply('Your point about onboarding matches what we saw.'),
      reply("You're right, the docs were the real problem."),
      reply('Ada, the part about naming made me laugh.'),
      { text: 'Sorry to hear that, the first month is rough.', kind: 'comment', replyTo: 'Grace Hopper' },
    ],
    passes: [
      'Your point about onboarding matches what we saw.',
      reply('Our app fixes this.'),
      reply('Buy the kit now.'),
    ],
  },
  'question-then-pitch': {
    fires: [
      "Wondering what your home is worth? Our 60-second online valuation tool tells you instantly.",
      "Ever stared at a blank page for an hour? So I made a 30-day prompt deck for that.",
      'How many hours did your team lose to status meetings last month? Our async check-in tool replaces the daily standup.',
      'Onboarding is brutal, right? That is why our team made Rampway.',
      'Aw hun I was exactly the same after my second 😩 I actually started selling a blend that fixed it, sending u a DM 💕',
      'Ever wondered why your sourdough goes flat? What if you could get it right every time with my course?',
      reply('Oh no, been there. If it helps we do same-day delivery, just DM me.', 'Rosa'),
    ],
    passes: [
      'Has anyone found a good way to keep basil alive indoors? Mine always wilts.',
      reply('Oh no, been there. Ice on the bruise and rest it for a week, honestly.', 'Rosa'),
      'Did you see the sky tonight? We made hot chocolate and watched it from the roof.',
    ],
  },
  'problem-then-solution': {
    fires: [
      'Tired of chasing invoices every month? We built Ledgerly to do it for you.',
      'Still struggling to sleep after night shifts? My program resets your rhythm in 14 days.',
      'Is your team drowning in tickets? Our platform triages them automatically.',
    ],
    passes: [
      'Tired of chasing invoices, so I finally set up reminders in a spreadsheet. Works fine.',
      'We built a treehouse this weekend and the kids are sleeping in it tonight.',
      'Struggling with the new rota too. Anyone found a way to swap shifts without the app?',
    ],
  },
  'wrapped-brag': {
    fires: [
      "Humbled to share that my little post hit 1M views 🙏 Can't believe it.",
      'Still pinching myself: 10,000 orders this year and named one of the top 10 makers in the county.',
      'So grateful. Booked solid till September and the waitlist opens Monday.',
      "Today we crossed 100k 🙏 Truly humbled.",
      "Just want to say thank you. This week we passed 1 million followers.",
      "Thank you! Issue #100 went out to 48,312 subscribers today.",
    ],
    passes: [
      "Thank you to the 30 volunteers who came out on Saturday!",
      'So grateful to the nurses on ward 7 who looked after my dad this week.',
      'We sold 40 jars at the school fair and the money goes to the library roof.',
      'Thank you Priya for the lift home, you saved my evening.',
    ],
  },
  'commerce-cues': {
    fires: [
      'Say hello to our newest mug ☕ restocked and ready.',
      'focaccia fridays are back, 9am till it is gone, DM to order',
      'Scrub caps ₱250 each, 8 prints available, meet-up or ship.',
      'Back in stock: the sage linen aprons, sizes S to XL.',
    ],
    passes: [
      reply("Spend it on the official practice exams (about $60 each) rather than a course."),
      'Is the green teapot back in stock anywhere? Mine cracked.',
      'My sister made me a mug for my birthday and I love it.',
      'The bakery on Dale St has the best focaccia, go early.',
    ],
  },
  'polite-pitch': {
    fires: [
      'A short note for finance teams: would you be open to a 15-minute call? No obligation.',
      'To pharmacy owners in Lagos and Abuja, we supply registered vitamins at wholesale prices.',
      reply('Congrats on the opening! If you are still choosing a house espresso we would be happy to send a few samples, no pressure at all.', 'Lucy'),
      "If you are serious about getting fit, you know where to find me.",
      "We are booking Q1 strategy sessions now.",
      "Free for small teams, want a link?",
      "A note for HR and operations leads at warehouses around Sheffield: we run on-site movement screens.",
      "I'd welcome a short conversation if this is on your list.",
    ],
    passes: [
      "No obligation at all to come, Gran, we just wanted you to know the party is on.",
      'Would you be open to swapping shifts on Friday? I can take your Sunday.',
      reply('No pressure, but I would love to hear how the interview went when you are ready.', 'Sam'),
      'A note to self: never book a flight before checking the school calendar.',
    ],
  },
  'comment-plug': {
    fires: [
      reply("if you like this playlist my single Glasshouse would fit right in 👀"),
      reply("Congrats on the move! I’ve sent you a message with our removal rates."),
      reply("That does sound steep. We’d be happy to give you a second quote, we cover all of Leeds."),
      { text: 'Love this! My channel has more like it.', kind: 'comment', replyTo: 'Ada' },
      { text: 'So true. I wrote a whole guide on this, link is on my profile.', kind: 'reply', replyTo: 'sam' },
      { text: 'if anyone reading still needs a photographer for 2026 I have a few Saturdays left', kind: 'comment', replyTo: 'Mia' },
      reply("So sorry Nicole. I teach a slow restorative class on Sunday evenings."),
      "I post my monthly plan on my substack.",
    ],
    passes: [
      reply("I’ll text you when I’m back from the hospital, thank you for asking."),
      "Done! Gave £25 and shared to my page.",
      "Thank you to everyone who looked at my portfolio back when it was sketches.",
      { text: 'Love this! My daughter asked the same question last week.', kind: 'comment', replyTo: 'Ada' },
      { text: 'Check out the library on Friday, they have a free repair cafe.', kind: 'comment', replyTo: 'Ada' },
      'My grandmother taught me this recipe and I still make it every winter.',
    ],
  },
  giveaway: {
    fires: [
      'GIVEAWAY! To enter: follow + like + tag a friend. Winner picked Sunday.',
      "We're giving away 3 signed copies, winners announced Friday.",
      'Up for grabs: a hoodie with your worst meme on it, must be following.',
      "GIVEAWAY TIME 🎉 To enter: follow our page and tag 2 friends.",
    ],
    passes: [
      "tbh we dont deserve to win playing like that",
      'Giving away our old sofa, free to anyone who can collect it this weekend.',
      'The school raffle raised £400 for the library, thank you all.',
      'We won the pub quiz by one point and I am still buzzing.',
    ],
  },
  'thanks-then-offer': {
    fires: [
      'THANK YOU for 10 amazing years! To celebrate, 30% off everything with code TEN.',
      'Thanks Rob! 5 years of fixing your punctures, and to celebrate, a free inner tube with every service this month.',
      'As a thank you to our regulars, use code LOYAL for 15% off this week.',
    ],
    passes: [
      'Thank you for 10 amazing years of friendship, Sara. Here is to ten more.',
      'Thanks for the tip about the code review tool, it saved me an hour.',
      'To celebrate my mum turning 80 we all went to the seaside.',
    ],
  },
  'value-before-ask': {
    fires: [
      'Three things that fixed my sourdough: 1. feed the starter twice a day 2. proof for 12 hours in the fridge 3. bake at 250° with steam for 20 minutes. The dutch oven I use was $30: example.com/pot',
      'What finally worked for my back after 6 months:\n- 10 minutes of walking every hour\n- a lumbar roll on the chair\n- stretching 5 minutes before bed\nThe roll was £12 from the pharmacy.',
    ],
    passes: [
      'Buy the kit here: example.com/kit',
      'Our course is $49 and it covers everything you need, with 3 bonus modules.',
      'Three things that fixed my sourdough: feed it, wait, and bake hot.',
    ],
  },
  'learned-words': {
    // Words annotators marked as the pitch in most training drafts they occur in.
    fires: [
      'Plan your next trip faster.',
      'Faster every week, and your next one could be too.',
    ],
    // Words the model has no weight for: it stays silent rather than guess.
    passes: [
      'Zebras juggle purple kumquats.',
      'Xylophones hum beneath violet glaciers.',
    ],
  },
};
